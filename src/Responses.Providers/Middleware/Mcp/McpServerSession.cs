using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// One MCP server for the length of one response: connected on first use, then listing and calling tools with the
/// configured timeouts. Every failure becomes a message for the item's <c>error</c>, never an exception.
/// </summary>
internal sealed class McpServerSession : IAsyncDisposable
{
    private readonly McpTool _tool;
    private readonly McpResponsesClientOptions _options;
    private readonly HttpClient? _http;
    private readonly TimeProvider _time;
    private McpClient? _client;

    public McpServerSession(McpTool tool, McpResponsesClientOptions options, HttpClient? http, TimeProvider time)
    {
        _tool = tool;
        _options = options;
        _http = http;
        _time = time;
    }

    /// <summary>Lists the server's tools.</summary>
    /// <returns>The tools, or the error.</returns>
    public async Task<(IList<McpListToolsTool>? Tools, string? Error)> ListToolsAsync(CancellationToken cancellationToken)
    {
        using CancellationTokenSource timeout = Timeout(_options.ListToolsTimeout, cancellationToken);
        try
        {
            McpClient client = await ConnectAsync(timeout.Token).ConfigureAwait(false);
            IList<McpClientTool> listed = await client.ListToolsAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
            var tools = new List<McpListToolsTool>(listed.Count);
            foreach (McpClientTool tool in listed)
            {
                tools.Add(McpProtocolTools.ToListToolsTool(tool.ProtocolTool));
            }

            return (tools, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"Listing the tools of MCP server '{_tool.ServerLabel}' timed out after {_options.ListToolsTimeout.TotalSeconds:0.###} s.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"Error retrieving tool list from MCP server: '{_tool.ServerLabel}'. {Describe(e)}");
        }
    }

    /// <summary>Calls a tool.</summary>
    /// <returns>The output, or the error.</returns>
    public async Task<(string? Output, McpCallError? Error)> CallAsync(string toolName, string arguments, CancellationToken cancellationToken)
    {
        Dictionary<string, JsonElement>? parsed;
        try
        {
            parsed = string.IsNullOrWhiteSpace(arguments)
                ? []
                : JsonSerializer.Deserialize(arguments, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, JsonElement>))) as Dictionary<string, JsonElement>;
        }
        catch (JsonException e)
        {
            return (null, new McpProtocolError { Code = -32602, Message = $"The arguments are not a JSON object: {e.Message}" });
        }

        using CancellationTokenSource timeout = Timeout(_options.CallTimeout, cancellationToken);
        try
        {
            McpClient client = await ConnectAsync(timeout.Token).ConfigureAwait(false);
            CallToolResult result = await client.CallToolAsync(new CallToolRequestParams { Name = toolName, Arguments = parsed }, timeout.Token).ConfigureAwait(false);
            string output = Limit(TextOf(result));
            if (result.IsError == true)
            {
                return (null, new McpToolExecutionError { Content = JsonSerializer.SerializeToElement(result.Content, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IList<ContentBlock>))) });
            }

            return (output, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new McpProtocolError { Code = -32001, Message = $"The tool call timed out after {_options.CallTimeout.TotalSeconds:0.###} s." });
        }
        catch (McpProtocolException e)
        {
            return (null, new McpProtocolError { Code = (int)e.ErrorCode, Message = e.Message });
        }
        catch (HttpRequestException e)
        {
            return (null, new McpHttpError { Code = e.StatusCode is { } status ? (int)status : 0, Message = Describe(e) });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, new McpProtocolError { Code = -32603, Message = Describe(e) });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            try
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Closing a session the server already dropped must not fail the response.
            }
        }
    }

    private async Task<McpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            return _client;
        }

        IClientTransport transport;
        string label = _tool.ServerLabel ?? "mcp";
        if (_tool.ServerUrl is null && _options.StdioServers.TryGetValue(label, out StdioClientTransportOptions? stdio))
        {
            transport = new StdioClientTransport(stdio, _options.LoggerFactory);
        }
        else
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, string> header in _tool.Headers ?? new Dictionary<string, string>())
            {
                headers[header.Key] = header.Value;
            }

            if (_tool.Authorization is { Length: > 0 } token)
            {
                headers["Authorization"] = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token;
            }

            // A URL ending in /sse names the legacy SSE transport (as OpenAI reads it); otherwise Streamable HTTP, falling back to SSE.
            var endpoint = new Uri(_tool.ServerUrl!);
            HttpTransportMode mode = endpoint.AbsolutePath.EndsWith("/sse", StringComparison.OrdinalIgnoreCase) ? HttpTransportMode.Sse : HttpTransportMode.AutoDetect;
            transport = new HttpClientTransport(
                new HttpClientTransportOptions { Endpoint = endpoint, Name = label, TransportMode = mode, AdditionalHeaders = headers },
                _http!,
                _options.LoggerFactory,
                ownsHttpClient: false);
        }

        _client = await McpClient.CreateAsync(
            transport,
            new McpClientOptions { ClientInfo = new Implementation { Name = "Responses for .NET", Version = "1.0" } },
            _options.LoggerFactory,
            cancellationToken).ConfigureAwait(false);
        return _client;
    }

    private CancellationTokenSource Timeout(TimeSpan delay, CancellationToken cancellationToken)
    {
        CancellationTokenSource source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (delay != System.Threading.Timeout.InfiniteTimeSpan)
        {
            // A timer on the configured clock (not CancelAfter, which always uses the system clock).
            ITimer timer = _time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), source, delay, System.Threading.Timeout.InfiniteTimeSpan);
            source.Token.Register(static state => ((ITimer)state!).Dispose(), timer);
        }

        return source;
    }

    private string Limit(string output)
    {
        if (output.Length <= _options.MaxOutputLength)
        {
            return output;
        }

        return string.Concat(output.AsSpan(0, _options.MaxOutputLength), string.Format(System.Globalization.CultureInfo.InvariantCulture, _options.TruncationMarker, output.Length));
    }

    // Text blocks joined; a result with only structured content gives its JSON; other blocks (images…) their JSON.
    private static string TextOf(CallToolResult result)
    {
        var text = new StringBuilder();
        bool onlyText = true;
        foreach (ContentBlock block in result.Content)
        {
            if (block is TextContentBlock t)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(t.Text);
            }
            else
            {
                onlyText = false;
            }
        }

        if (result.Content.Count > 0 && onlyText)
        {
            return text.ToString();
        }

        if (result.Content.Count == 0 && result.StructuredContent is { } structured)
        {
            return structured.GetRawText();
        }

        return JsonSerializer.Serialize(result.Content, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IList<ContentBlock>)));
    }

    // Exception messages only: header values never reach a message of ours.
    private static string Describe(Exception e) => e.InnerException is { } inner && e is not HttpRequestException ? $"{e.Message} ({inner.Message})" : e.Message;
}
