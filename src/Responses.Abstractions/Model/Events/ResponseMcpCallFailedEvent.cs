namespace Responses;

/// <summary><c>response.mcp_call.failed</c>: Emitted when an MCP  tool call has failed.</summary>
public sealed class ResponseMcpCallFailedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpCallFailedEvent()
        : base(ResponseStreamEventTypes.McpCallFailed)
    {
    }

    /// <summary>The ID of the MCP tool call item that failed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that failed.</summary>
    public int OutputIndex { get; set; }
}
