namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ModerationOutcome"/>.</summary>
public static class ModerationOutcomeTypes
{
    /// <summary><c>moderation_result</c>: moderation ran.</summary>
    public const string ModerationResult = "moderation_result";

    /// <summary><c>error</c>: moderation failed.</summary>
    public const string Error = "error";
}
