namespace Responses;

/// <summary><c>response.reasoning_summary_text.done</c>: Emitted when a reasoning summary text is completed.</summary>
public sealed class ResponseReasoningSummaryTextDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningSummaryTextDoneEvent()
        : base(ResponseStreamEventTypes.ReasoningSummaryTextDone)
    {
    }

    /// <summary>The ID of the item this summary text is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this summary text is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>The full text of the completed reasoning summary.</summary>
    [WireRequired]
    public string? Text { get; set; }
}
