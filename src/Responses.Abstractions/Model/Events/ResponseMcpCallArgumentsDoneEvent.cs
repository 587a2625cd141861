namespace Responses;

/// <summary><c>response.mcp_call_arguments.done</c>: Emitted when the arguments for an MCP tool call are finalized.</summary>
public sealed class ResponseMcpCallArgumentsDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpCallArgumentsDoneEvent()
        : base(ResponseStreamEventTypes.McpCallArgumentsDone)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the MCP tool call item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>A JSON string containing the finalized arguments for the MCP tool call.</summary>
    [WireRequired]
    public string? Arguments { get; set; }
}
