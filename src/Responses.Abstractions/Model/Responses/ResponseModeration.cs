namespace Responses;

/// <summary>The moderation results of a response's input and output (<c>moderation</c>).</summary>
public sealed class ResponseModeration : WireObject
{
    /// <summary>The moderation of the input: a result or an error.</summary>
    public ModerationOutcome? Input { get; set; }

    /// <summary>The moderation of the output: a result or an error.</summary>
    public ModerationOutcome? Output { get; set; }
}
