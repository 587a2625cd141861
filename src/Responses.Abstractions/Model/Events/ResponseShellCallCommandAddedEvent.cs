namespace Responses;

/// <summary><c>response.shell_call_command.added</c>: A streaming event that indicated a shell command was added to a tool call.</summary>
public sealed class ResponseShellCallCommandAddedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseShellCallCommandAddedEvent()
        : base(ResponseStreamEventTypes.ShellCallCommandAdded)
    {
    }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the shell command that was added.</summary>
    public int CommandIndex { get; set; }

    /// <summary>The shell command that was added.</summary>
    [WireRequired]
    public string? Command { get; set; }
}
