namespace Responses.Providers.Gemini.Wire;

/// <summary>Token counts (cumulative in a stream).</summary>
internal sealed class GeminiUsageMetadata
{
    public long? PromptTokenCount { get; set; }

    public long? CandidatesTokenCount { get; set; }

    public long? ThoughtsTokenCount { get; set; }

    public long? CachedContentTokenCount { get; set; }

    public long? ToolUsePromptTokenCount { get; set; }

    public long? TotalTokenCount { get; set; }
}
