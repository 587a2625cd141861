namespace Responses;

/// <summary>The body of <c>POST /v1/responses/compact</c>: compacts a conversation into a shorter list of items.</summary>
public sealed class CompactResponseRequest : WireObject
{
    /// <summary>The model id, for example <c>gpt-5.4</c> or a deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The input: a string (one user message) or a list of items.</summary>
    public ResponseInput? Input { get; set; }

    /// <summary>System (or developer) instructions inserted before the input; not carried over by <see cref="PreviousResponseId"/>.</summary>
    public string? Instructions { get; set; }

    /// <summary>The id of the response this one continues (not together with a conversation).</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>A key that groups similar requests to improve prompt cache hits.</summary>
    public string? PromptCacheKey { get; set; }

    /// <summary>Deprecated: how long cached prefixes are kept, <c>in_memory</c> or <c>24h</c>.</summary>
    public string? PromptCacheRetention { get; set; }

    /// <summary>Prompt caching options.</summary>
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>The processing tier: <c>auto</c>, <c>default</c>, <c>flex</c>, <c>priority</c>…</summary>
    public ServiceTier? ServiceTier { get; set; }
}
