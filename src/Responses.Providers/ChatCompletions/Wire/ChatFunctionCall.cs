namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The function of a tool call: its name and its JSON arguments (or a fragment of them).</summary>
internal sealed class ChatFunctionCall
{
    public string? Name { get; set; }

    public string? Arguments { get; set; }
}
