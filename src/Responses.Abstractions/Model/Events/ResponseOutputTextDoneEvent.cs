namespace Responses;

/// <summary><c>response.output_text.done</c>: Emitted when text content is finalized.</summary>
public sealed class ResponseOutputTextDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseOutputTextDoneEvent()
        : base(ResponseStreamEventTypes.OutputTextDone)
    {
    }

    /// <summary>The ID of the output item that the text content is finalized.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the text content is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that the text content is finalized.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The text content that is finalized.</summary>
    [WireRequired]
    public string? Text { get; set; }

    /// <summary>The log probabilities of the tokens in the delta.</summary>
    public IList<LogProb>? Logprobs { get; set; } = [];
}
