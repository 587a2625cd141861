using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>Options of <see cref="McpResponsesClient"/>.</summary>
public sealed class McpResponsesClientOptions
{
    /// <summary>
    /// URL prefixes a request's <c>server_url</c> must start with (scheme, host and port equal, path under the
    /// prefix's path). When empty (the default) any public http(s) server is allowed, but a host that resolves to a
    /// private, loopback, link-local, unique-local or cloud-metadata address is refused (SSRF). The gateway binds
    /// <c>general_settings.mcp_server_url_allowlist</c> here.
    /// </summary>
    public IList<string> AllowedServerUrlPrefixes { get; } = [];

    /// <summary>
    /// Servers configured by the operator, by <c>server_label</c>: a request's <c>mcp</c> tool with this label and no
    /// <c>server_url</c> uses this transport (the only way to reach a stdio server; a request can never start a process).
    /// </summary>
    public IDictionary<string, StdioClientTransportOptions> StdioServers { get; } = new Dictionary<string, StdioClientTransportOptions>(StringComparer.Ordinal);

    /// <summary>
    /// Whether to execute <c>mcp</c> tools here even when the provider below hosts MCP itself (OpenAI). Default
    /// <see langword="false"/>: such a provider receives the request unchanged.
    /// </summary>
    public bool EmulateOnHostedProviders { get; set; }

    /// <summary>
    /// How many model turns one response may take (each turn after the first follows executed MCP calls). The last one
    /// is asked with <c>tool_choice: none</c>, so that the response ends with an answer. Default 8.
    /// </summary>
    public int MaxRounds { get; set; } = 8;

    /// <summary>How long one tool call may take before it fails with a timeout error. Default 60 seconds.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long connecting to a server and listing its tools may take. Default 30 seconds.</summary>
    public TimeSpan ListToolsTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many tools (after <c>allowed_tools</c>) one server may expose; more is an error on the <c>mcp_list_tools</c> item. Default 100.</summary>
    public int MaxToolsPerServer { get; set; } = 100;

    /// <summary>
    /// The longest tool output, in characters, kept in <c>mcp_call.output</c> and sent to the model; a longer output
    /// is cut and ends with <see cref="TruncationMarker"/>. Default 100,000.
    /// </summary>
    public int MaxOutputLength { get; set; } = 100_000;

    /// <summary>Appended to an output cut at <see cref="MaxOutputLength"/>; <c>{0}</c> is the original length.</summary>
    public string TruncationMarker { get; set; } = "\n[output truncated: {0} characters]";

    /// <summary>The clock for <see cref="CallTimeout"/> and <see cref="ListToolsTimeout"/>, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Makes the HTTP handler used to reach servers, or <see langword="null"/> for the default, which applies
    /// <see cref="McpServerUrlPolicy"/> again at connect time (so DNS cannot be rebound after the check) and never follows redirects.
    /// </summary>
    public Func<McpServerUrlPolicy, HttpMessageHandler>? HttpHandlerFactory { get; set; }

    /// <summary>The logger factory for the MCP client, or <see langword="null"/>. Header and authorization values are never logged by this middleware.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
