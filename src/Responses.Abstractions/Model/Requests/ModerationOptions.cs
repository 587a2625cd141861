namespace Responses;

/// <summary>Moderation of the input and output of a response (<c>moderation</c>).</summary>
public sealed class ModerationOptions : WireObject
{
    /// <summary>The moderation model, for example <c>omni-moderation-latest</c>.</summary>
    public string? Model { get; set; }

    /// <summary>What happens when moderation flags the input or the output.</summary>
    public ModerationPolicy? Policy { get; set; }
}
