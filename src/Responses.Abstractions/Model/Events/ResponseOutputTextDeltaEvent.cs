namespace Responses;

/// <summary><c>response.output_text.delta</c>: Emitted when there is an additional text delta.</summary>
public sealed class ResponseOutputTextDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseOutputTextDeltaEvent()
        : base(ResponseStreamEventTypes.OutputTextDelta)
    {
    }

    /// <summary>The ID of the output item that the text delta was added to.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the text delta was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that the text delta was added to.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The text delta that was added.</summary>
    [WireRequired]
    public string? Delta { get; set; }

    /// <summary>The log probabilities of the tokens in the delta.</summary>
    public IList<LogProb>? Logprobs { get; set; } = [];

    /// <summary>An obfuscation string that was added to pad the event payload.</summary>
    public string? Obfuscation { get; set; }
}
