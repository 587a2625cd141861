namespace Responses.Providers.Gemini.Wire;

/// <summary>The answer of <c>models/{model}:countTokens</c> (AI Studio and Vertex AI).</summary>
internal sealed class GeminiCountTokensResponse
{
    public long? TotalTokens { get; set; }

    public long? CachedContentTokenCount { get; set; }
}
