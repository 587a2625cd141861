namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A token with its log probability, bytes and (for content tokens) the most likely alternatives.</summary>
internal sealed class ChatTokenLogprob
{
    public string? Token { get; set; }

    public double Logprob { get; set; }

    public List<int>? Bytes { get; set; }

    public List<ChatTokenLogprob>? TopLogprobs { get; set; }
}
