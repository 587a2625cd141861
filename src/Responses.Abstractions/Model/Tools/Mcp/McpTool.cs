namespace Responses;

/// <summary>Gives the model the tools of a remote MCP server or a service connector.</summary>
public sealed class McpTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>mcp</c>).</summary>
    public McpTool()
        : base(ResponseToolTypes.Mcp)
    {
    }

    /// <summary>A label identifying the server in tool calls.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>The URL of the server (or use <see cref="ConnectorId"/>).</summary>
    public string? ServerUrl { get; set; }

    /// <summary>The id of a service connector, for example <c>connector_gmail</c> (or use <see cref="ServerUrl"/>).</summary>
    public string? ConnectorId { get; set; }

    /// <summary>The id of a tunnel that routes to a private MCP server.</summary>
    public string? TunnelId { get; set; }

    /// <summary>An OAuth access token for the server or connector.</summary>
    public string? Authorization { get; set; }

    /// <summary>A description of the server, for the model.</summary>
    public string? ServerDescription { get; set; }

    /// <summary>HTTP headers sent to the server, for example for authentication.</summary>
    public IDictionary<string, string>? Headers { get; set; }

    /// <summary>The server tools the model may use: a list of names or a filter.</summary>
    public McpAllowedTools? AllowedTools { get; set; }

    /// <summary>Which server tools need approval before they run: <c>always</c>, <c>never</c> or a filter.</summary>
    public McpRequireApproval? RequireApproval { get; set; }

    /// <summary>Whether the tool is loaded only when tool search finds it.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
