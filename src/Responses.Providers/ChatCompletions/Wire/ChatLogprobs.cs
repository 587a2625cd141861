namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The <c>logprobs</c> of a choice: one entry per generated token of the content.</summary>
internal sealed class ChatLogprobs
{
    public List<ChatTokenLogprob>? Content { get; set; }
}
