namespace Responses;

/// <summary><c>response.mcp_call.in_progress</c>: Emitted when an MCP  tool call is in progress.</summary>
public sealed class ResponseMcpCallInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpCallInProgressEvent()
        : base(ResponseStreamEventTypes.McpCallInProgress)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the MCP tool call item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
