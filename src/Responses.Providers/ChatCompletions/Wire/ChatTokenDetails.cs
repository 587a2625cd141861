namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The parts of <c>prompt_tokens_details</c> / <c>completion_tokens_details</c> that the Responses usage has.</summary>
internal sealed class ChatTokenDetails
{
    public long? CachedTokens { get; set; }

    public long? ReasoningTokens { get; set; }
}
