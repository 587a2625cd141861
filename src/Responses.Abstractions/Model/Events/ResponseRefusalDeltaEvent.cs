namespace Responses;

/// <summary><c>response.refusal.delta</c>: Emitted when there is a partial refusal text.</summary>
public sealed class ResponseRefusalDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseRefusalDeltaEvent()
        : base(ResponseStreamEventTypes.RefusalDelta)
    {
    }

    /// <summary>The ID of the output item that the refusal text is added to.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the refusal text is added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that the refusal text is added to.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The refusal text that is added.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
