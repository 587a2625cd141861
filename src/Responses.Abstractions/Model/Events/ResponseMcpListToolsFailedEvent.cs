namespace Responses;

/// <summary><c>response.mcp_list_tools.failed</c>: Emitted when the attempt to list available MCP tools has failed.</summary>
public sealed class ResponseMcpListToolsFailedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpListToolsFailedEvent()
        : base(ResponseStreamEventTypes.McpListToolsFailed)
    {
    }

    /// <summary>The ID of the MCP tool call item that failed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that failed.</summary>
    public int OutputIndex { get; set; }
}
