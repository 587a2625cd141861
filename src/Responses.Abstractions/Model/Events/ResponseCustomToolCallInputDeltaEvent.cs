namespace Responses;

/// <summary><c>response.custom_tool_call_input.delta</c>: Event representing a delta (partial update) to the input of a custom tool call.</summary>
public sealed class ResponseCustomToolCallInputDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCustomToolCallInputDeltaEvent()
        : base(ResponseStreamEventTypes.CustomToolCallInputDelta)
    {
    }

    /// <summary>The index of the output this delta applies to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Unique identifier for the API item associated with this event.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The incremental input data (delta) for the custom tool call.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
