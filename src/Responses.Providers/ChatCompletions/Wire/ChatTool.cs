namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A tool definition (<c>{"type":"function","function":{…}}</c>).</summary>
internal sealed class ChatTool
{
    public string Type { get; set; } = "function";

    public ChatFunctionDefinition Function { get; set; } = new();
}
