namespace Responses;

/// <summary><c>response.mcp_list_tools.in_progress</c>: Emitted when the system is in the process of retrieving the list of available MCP tools.</summary>
public sealed class ResponseMcpListToolsInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpListToolsInProgressEvent()
        : base(ResponseStreamEventTypes.McpListToolsInProgress)
    {
    }

    /// <summary>The ID of the MCP tool call item that is being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that is being processed.</summary>
    public int OutputIndex { get; set; }
}
