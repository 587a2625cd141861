namespace Responses;

/// <summary><c>response.custom_tool_call_input.done</c>: Event indicating that input for a custom tool call is complete.</summary>
public sealed class ResponseCustomToolCallInputDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCustomToolCallInputDoneEvent()
        : base(ResponseStreamEventTypes.CustomToolCallInputDone)
    {
    }

    /// <summary>The index of the output this event applies to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Unique identifier for the API item associated with this event.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The complete input data for the custom tool call.</summary>
    [WireRequired]
    public string? Input { get; set; }
}
