namespace Responses;

/// <summary><c>response.mcp_call_arguments.delta</c>: Emitted when there is a delta (partial update) to the arguments of an MCP tool call.</summary>
public sealed class ResponseMcpCallArgumentsDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseMcpCallArgumentsDeltaEvent()
        : base(ResponseStreamEventTypes.McpCallArgumentsDelta)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the MCP tool call item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>A JSON string containing the partial update to the arguments for the MCP tool call.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
