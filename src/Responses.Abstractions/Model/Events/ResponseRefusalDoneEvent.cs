namespace Responses;

/// <summary><c>response.refusal.done</c>: Emitted when refusal text is finalized.</summary>
public sealed class ResponseRefusalDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseRefusalDoneEvent()
        : base(ResponseStreamEventTypes.RefusalDone)
    {
    }

    /// <summary>The ID of the output item that the refusal text is finalized.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the refusal text is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that the refusal text is finalized.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The refusal text that is finalized.</summary>
    [WireRequired]
    public string? Refusal { get; set; }
}
