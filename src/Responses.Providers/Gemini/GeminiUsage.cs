using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>
/// <c>usageMetadata</c> to Responses usage. OpenAI counts reasoning inside <c>output_tokens</c> and cached tokens
/// inside <c>input_tokens</c>; Gemini reports thoughts apart from <c>candidatesTokenCount</c>, so they are added.
/// </summary>
internal static class GeminiUsage
{
    public static ResponseUsage ToResponseUsage(GeminiUsageMetadata usage)
    {
        long input = (usage.PromptTokenCount ?? 0) + (usage.ToolUsePromptTokenCount ?? 0);
        long thoughts = usage.ThoughtsTokenCount ?? 0;
        long output = (usage.CandidatesTokenCount ?? 0) + thoughts;
        return new ResponseUsage
        {
            InputTokens = input,
            InputTokensDetails = new InputTokensDetails { CachedTokens = usage.CachedContentTokenCount ?? 0 },
            OutputTokens = output,
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = thoughts },
            TotalTokens = input + output,
        };
    }
}
