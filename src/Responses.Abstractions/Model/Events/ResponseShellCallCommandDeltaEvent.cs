namespace Responses;

/// <summary><c>response.shell_call_command.delta</c>: A streaming event that indicated a shell command was incrementally updated.</summary>
public sealed class ResponseShellCallCommandDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseShellCallCommandDeltaEvent()
        : base(ResponseStreamEventTypes.ShellCallCommandDelta)
    {
    }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the shell command that was updated.</summary>
    public int CommandIndex { get; set; }

    /// <summary>The shell command delta that was appended.</summary>
    [WireRequired]
    public string? Delta { get; set; }

    /// <summary>An obfuscation string that was added to pad the event payload.</summary>
    public string? Obfuscation { get; set; }
}
