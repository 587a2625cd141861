namespace Responses;

/// <summary>What happens when moderation flags the input or the output.</summary>
public sealed class ModerationPolicy : WireObject
{
    /// <summary>The policy for the input.</summary>
    public ModerationPolicyConfig? Input { get; set; }

    /// <summary>The policy for the output.</summary>
    public ModerationPolicyConfig? Output { get; set; }
}
