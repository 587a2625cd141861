namespace Responses;

/// <summary><c>response.mcp_list_tools.completed</c>: Emitted when the list of available MCP tools has been successfully retrieved.</summary>
public sealed class ResponseMcpListToolsCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpListToolsCompletedEvent()
        : base(ResponseStreamEventTypes.McpListToolsCompleted)
    {
    }

    /// <summary>The ID of the MCP tool call item that produced this output.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that was processed.</summary>
    public int OutputIndex { get; set; }
}
