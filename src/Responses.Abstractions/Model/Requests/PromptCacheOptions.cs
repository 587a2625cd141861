namespace Responses;

/// <summary>Prompt caching options (<c>prompt_cache_options</c>).</summary>
public sealed class PromptCacheOptions : WireObject
{
    /// <summary>How long cached prefixes are kept, for example <c>30m</c>.</summary>
    public string? Ttl { get; set; }

    /// <summary><c>implicit</c> (automatic) or <c>explicit</c> (at cache breakpoints).</summary>
    public string? Mode { get; set; }
}
