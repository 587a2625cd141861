namespace Responses.Providers.Gemini.Wire;

/// <summary>A <c>generateContent</c> answer, or one chunk of a stream (chunks carry the new parts only; usage is cumulative).</summary>
internal sealed class GeminiGenerateContentResponse
{
    public List<GeminiCandidate>? Candidates { get; set; }

    public GeminiPromptFeedback? PromptFeedback { get; set; }

    public GeminiUsageMetadata? UsageMetadata { get; set; }

    public string? ModelVersion { get; set; }

    public string? ResponseId { get; set; }

    /// <summary>An error sent inside a stream.</summary>
    public GeminiError? Error { get; set; }
}
