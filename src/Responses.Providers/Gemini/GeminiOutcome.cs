namespace Responses.Providers.Gemini;

/// <summary>How a Gemini answer ends in Responses terms.</summary>
internal enum GeminiOutcome
{
    Completed,
    MaxTokens,
    ContentFilter,
    Failed,
}
