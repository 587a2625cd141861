namespace Responses;

/// <summary>The commands finished with an exit code.</summary>
public sealed class ShellCallExitOutcome : ShellCallOutcome
{
    /// <summary>Initializes an empty exit outcome.</summary>
    public ShellCallExitOutcome()
        : base(ShellCallOutcomeTypes.Exit)
    {
    }

    /// <summary>The exit code of the shell process.</summary>
    public int ExitCode { get; set; }
}
