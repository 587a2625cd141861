namespace Responses;

/// <summary>A moderation outcome whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownModerationOutcome : ModerationOutcome
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownModerationOutcome()
        : base(string.Empty)
    {
    }
}
