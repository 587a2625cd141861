namespace Responses;

/// <summary>The shell call exceeded its time limit.</summary>
public sealed class ShellCallTimeoutOutcome : ShellCallOutcome
{
    /// <summary>Initializes a timeout outcome.</summary>
    public ShellCallTimeoutOutcome()
        : base(ShellCallOutcomeTypes.Timeout)
    {
    }
}
