using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

/// <summary>Converse token usage to Responses usage.</summary>
internal static class BedrockUsageMapper
{
    /// <summary>
    /// Converse reports cache reads and writes apart from <c>inputTokens</c>; OpenAI counts cached tokens inside
    /// <c>input_tokens</c>, so they are added back (reads become <c>cached_tokens</c>, writes <c>cache_write_tokens</c>).
    /// </summary>
    public static ResponseUsage Map(BedrockUsage? usage)
    {
        long cacheRead = usage?.CacheReadInputTokens ?? 0;
        long cacheWrite = usage?.CacheWriteInputTokens ?? 0;
        long input = (usage?.InputTokens ?? 0) + cacheRead + cacheWrite;
        long output = usage?.OutputTokens ?? 0;
        return new ResponseUsage
        {
            InputTokens = input,
            InputTokensDetails = new InputTokensDetails { CachedTokens = cacheRead, CacheWriteTokens = cacheWrite },
            OutputTokens = output,
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 0 },
            TotalTokens = input + output,
        };
    }
}
