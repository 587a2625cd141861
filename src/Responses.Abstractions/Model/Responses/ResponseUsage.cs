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
}
