namespace Responses;

/// <summary>Token usage of a response.</summary>
public sealed class ResponseUsage : WireObject
{
    /// <summary>Input tokens.</summary>
    public long InputTokens { get; set; }

    /// <summary>A breakdown of the input tokens.</summary>
    public InputTokensDetails? InputTokensDetails { get; set; }

    /// <summary>Output tokens.</summary>
    public long OutputTokens { get; set; }

    /// <summary>A breakdown of the output tokens.</summary>
    public OutputTokensDetails? OutputTokensDetails { get; set; }

    /// <summary>Input plus output tokens.</summary>
    public long TotalTokens { get; set; }

    /// <summary>
    /// What the response cost (<c>usage.cost</c>), set by the cost middleware when the model's price is known;
    /// <see langword="null"/> otherwise. An extension of OpenAI's usage object, as Bifrost and LiteLLM send it.
    /// </summary>
    public ResponseUsageCost? Cost { get; set; }
}
