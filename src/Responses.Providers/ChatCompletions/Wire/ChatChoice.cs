namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A choice: <see cref="Message"/> in a body, <see cref="Delta"/> in a stream chunk.</summary>
internal sealed class ChatChoice
{
    public int Index { get; set; }

    public ChatMessage? Message { get; set; }

    public ChatMessage? Delta { get; set; }

    public string? FinishReason { get; set; }

    public ChatLogprobs? Logprobs { get; set; }
}
