namespace Responses;

/// <summary><c>response.reasoning_summary_part.added</c>: Emitted when a new reasoning summary part is added.</summary>
public sealed class ResponseReasoningSummaryPartAddedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningSummaryPartAddedEvent()
        : base(ResponseStreamEventTypes.ReasoningSummaryPartAdded)
    {
    }

    /// <summary>The ID of the item this summary part is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this summary part is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>The summary part that was added.</summary>
    [WireRequired]
    public ContentPart? Part { get; set; }
}
