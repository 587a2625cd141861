namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ShellCallOutcome"/>.</summary>
public static class ShellCallOutcomeTypes
{
    /// <summary><c>exit</c>.</summary>
    public const string Exit = "exit";

    /// <summary><c>timeout</c>.</summary>
    public const string Timeout = "timeout";
}
