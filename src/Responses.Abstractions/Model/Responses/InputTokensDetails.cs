namespace Responses;

/// <summary>A breakdown of input tokens.</summary>
public sealed class InputTokensDetails : WireObject
{
    /// <summary>Input tokens read from the prompt cache.</summary>
    public long CachedTokens { get; set; }

    /// <summary>Input tokens written to the prompt cache.</summary>
    public long CacheWriteTokens { get; set; }
}
