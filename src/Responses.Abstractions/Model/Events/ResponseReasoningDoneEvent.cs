namespace Responses;

/// <summary><c>response.reasoning.done</c>: A streaming event that indicated reasoning text was completed.</summary>
public sealed class ResponseReasoningDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningDoneEvent()
        : base(ResponseStreamEventTypes.ReasoningDone)
    {
    }

    /// <summary>The ID of the item that was updated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the reasoning content that was completed.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The final reasoning text that was emitted.</summary>
    [WireRequired]
    public string? Text { get; set; }
}
