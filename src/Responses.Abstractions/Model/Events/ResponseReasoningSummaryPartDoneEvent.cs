namespace Responses;

/// <summary><c>response.reasoning_summary_part.done</c>: Emitted when a reasoning summary part is completed.</summary>
public sealed class ResponseReasoningSummaryPartDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningSummaryPartDoneEvent()
        : base(ResponseStreamEventTypes.ReasoningSummaryPartDone)
    {
    }

    /// <summary>The ID of the item this summary part is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this summary part is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>The completion status of the summary part. Omitted when the part completed.</summary>
    public string? Status { get; set; }

    /// <summary>The completed summary part.</summary>
    [WireRequired]
    public ContentPart? Part { get; set; }
}
