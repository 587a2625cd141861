namespace Responses;

/// <summary><c>response.shell_call_command.done</c>: A streaming event that indicated a shell command was completed.</summary>
public sealed class ResponseShellCallCommandDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseShellCallCommandDoneEvent()
        : base(ResponseStreamEventTypes.ShellCallCommandDone)
    {
    }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the shell command that was completed.</summary>
    public int CommandIndex { get; set; }

    /// <summary>The final shell command that was emitted.</summary>
    [WireRequired]
    public string? Command { get; set; }
}
