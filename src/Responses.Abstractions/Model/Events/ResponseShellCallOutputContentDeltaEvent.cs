namespace Responses;

/// <summary><c>response.shell_call_output_content.delta</c>: A streaming event that indicated shell call output was incrementally added.</summary>
public sealed class ResponseShellCallOutputContentDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseShellCallOutputContentDeltaEvent()
        : base(ResponseStreamEventTypes.ShellCallOutputContentDelta)
    {
    }

    /// <summary>The ID of the output item that was updated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the shell command that produced output.</summary>
    public int CommandIndex { get; set; }

    /// <summary>The stdout/stderr delta that was emitted.</summary>
    [WireRequired]
    public ShellCallOutputDelta? Delta { get; set; }
}
