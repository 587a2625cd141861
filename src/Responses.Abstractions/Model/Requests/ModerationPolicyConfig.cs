namespace Responses;

/// <summary>The moderation policy for the input or the output.</summary>
public sealed class ModerationPolicyConfig : WireObject
{
    /// <summary><c>score</c> (report scores) or <c>block</c> (stop the response when flagged).</summary>
    public string? Mode { get; set; }
}
