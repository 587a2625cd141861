namespace Responses;

/// <summary><c>response.shell_call_output_content.done</c>: A streaming event that indicated shell call output was completed.</summary>
public sealed class ResponseShellCallOutputContentDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseShellCallOutputContentDoneEvent()
        : base(ResponseStreamEventTypes.ShellCallOutputContentDone)
    {
    }

    /// <summary>The ID of the output item that was updated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the shell command that produced output.</summary>
    public int CommandIndex { get; set; }

    /// <summary>The output contents emitted for the shell command.</summary>
    public IList<ShellCallOutputContent> Output { get; set; } = [];
}
