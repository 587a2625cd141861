using System.Text;

namespace Responses.Providers.ChatCompletions;

/// <summary>A tool call being read: its id and name (from its first fragment) and, until the call can begin, its buffered arguments.</summary>
internal sealed class ChatToolCallState
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The call's output index once it has begun, else -1.</summary>
    public int OutputIndex { get; set; } = -1;

    /// <summary>Arguments that arrived before the name (the call cannot begin without one).</summary>
    public StringBuilder Pending { get; } = new();
}
