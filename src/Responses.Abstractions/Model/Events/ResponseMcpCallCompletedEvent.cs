namespace Responses;

/// <summary><c>response.mcp_call.completed</c>: Emitted when an MCP  tool call has completed successfully.</summary>
public sealed class ResponseMcpCallCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpCallCompletedEvent()
        : base(ResponseStreamEventTypes.McpCallCompleted)
    {
    }

    /// <summary>The ID of the MCP tool call item that completed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that completed.</summary>
    public int OutputIndex { get; set; }
}
