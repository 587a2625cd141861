namespace Responses.Providers.Gemini;

/// <summary><c>finishReason</c> and <c>promptFeedback.blockReason</c> to a response status (table in <c>docs/providers/gemini.md</c>).</summary>
internal static class GeminiFinishReasons
{
    public static GeminiOutcome Outcome(string? finishReason, string? blockReason)
    {
        if (finishReason is null && blockReason is not null)
        {
            // The prompt itself was blocked: no candidate at all.
            return GeminiOutcome.ContentFilter;
        }

        return finishReason switch
        {
            "MAX_TOKENS" => GeminiOutcome.MaxTokens,
            "SAFETY" or "RECITATION" or "BLOCKLIST" or "PROHIBITED_CONTENT" or "SPII" or "IMAGE_SAFETY" or "IMAGE_PROHIBITED_CONTENT"
                or "IMAGE_RECITATION" => GeminiOutcome.ContentFilter,

            // The model produced something the API could not turn into a valid answer; retrying may help.
            "MALFORMED_FUNCTION_CALL" or "UNEXPECTED_TOOL_CALL" or "TOO_MANY_TOOL_CALLS" or "MISSING_THOUGHT_SIGNATURE" => GeminiOutcome.Failed,
            _ => GeminiOutcome.Completed,
        };
    }
}
