namespace Responses;

/// <summary><c>response.reasoning_text.done</c>: Emitted when a reasoning text is completed.</summary>
public sealed class ResponseReasoningTextDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningTextDoneEvent()
        : base(ResponseStreamEventTypes.ReasoningTextDone)
    {
    }

    /// <summary>The ID of the item this reasoning text is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this reasoning text is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the reasoning content part.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The full text of the completed reasoning content.</summary>
    [WireRequired]
    public string? Text { get; set; }
}
