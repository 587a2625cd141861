namespace Responses;

/// <summary><c>response.reasoning.delta</c>: A streaming event that indicated reasoning text was incrementally added.</summary>
public sealed class ResponseReasoningDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseReasoningDeltaEvent()
        : base(ResponseStreamEventTypes.ReasoningDelta)
    {
    }

    /// <summary>The ID of the item that was updated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the reasoning content that was updated.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The reasoning text delta that was appended.</summary>
    [WireRequired]
    public string? Delta { get; set; }

    /// <summary>An obfuscation string that was added to pad the event payload.</summary>
    public string? Obfuscation { get; set; }
}
