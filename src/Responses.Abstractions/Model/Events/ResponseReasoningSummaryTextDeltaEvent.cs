namespace Responses;

/// <summary><c>response.reasoning_summary_text.delta</c>: Emitted when a delta is added to a reasoning summary text.</summary>
public sealed class ResponseReasoningSummaryTextDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningSummaryTextDeltaEvent()
        : base(ResponseStreamEventTypes.ReasoningSummaryTextDelta)
    {
    }

    /// <summary>The ID of the item this summary text delta is associated with.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item this summary text delta is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>The text delta that was added to the summary.</summary>
    [WireRequired]
    public string? Delta { get; set; }

    /// <summary>An obfuscation string that was added to pad the event payload.</summary>
    public string? Obfuscation { get; set; }
}
