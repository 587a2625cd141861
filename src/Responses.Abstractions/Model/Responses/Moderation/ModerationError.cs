namespace Responses;

/// <summary>Moderation of a response's input or output failed.</summary>
public sealed class ModerationError : ModerationOutcome
{
    /// <summary>Initializes the error (<c>error</c>).</summary>
    public ModerationError()
        : base(ModerationOutcomeTypes.Error)
    {
    }

    /// <summary>The error code.</summary>
    public string? Code { get; set; }

    /// <summary>A human-readable description.</summary>
    public string? Message { get; set; }
}
