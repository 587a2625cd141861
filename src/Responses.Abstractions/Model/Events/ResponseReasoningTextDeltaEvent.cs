namespace Responses;

/// <summary><c>response.reasoning_text.delta</c>: Emitted when a delta is added to a reasoning text.</summary>
public sealed class ResponseReasoningTextDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningTextDeltaEvent()
        : base(ResponseStreamEventTypes.ReasoningTextDelta)
    {
    }

    /// <summary>The ID of the item this reasoning text delta is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this reasoning text delta is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the reasoning content part this delta is associated with.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The text delta that was added to the reasoning content.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
