namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A tool call of an assistant message, or a fragment of one in a stream (matched by <see cref="Index"/>).</summary>
internal sealed class ChatToolCall
{
    public int? Index { get; set; }

    public string? Id { get; set; }

    public string? Type { get; set; }

    public ChatFunctionCall? Function { get; set; }
}
