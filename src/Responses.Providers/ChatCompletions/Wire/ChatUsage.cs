namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>Token usage of a completion.</summary>
internal sealed class ChatUsage
{
    public long? PromptTokens { get; set; }

    public long? CompletionTokens { get; set; }

    public long? TotalTokens { get; set; }

    public ChatTokenDetails? PromptTokensDetails { get; set; }

    public ChatTokenDetails? CompletionTokensDetails { get; set; }
}
