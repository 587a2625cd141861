namespace Responses;

/// <summary>The result of moderating a response's input or output.</summary>
public sealed class ModerationResult : ModerationOutcome
{
    /// <summary>Initializes the result (<c>moderation_result</c>).</summary>
    public ModerationResult()
        : base(ModerationOutcomeTypes.ModerationResult)
    {
    }

    /// <summary>The moderation model used.</summary>
    public string? Model { get; set; }

    /// <summary>Whether the content was flagged in any category.</summary>
    public bool? Flagged { get; set; }

    /// <summary>Whether each category was flagged.</summary>
    public IDictionary<string, bool>? Categories { get; set; }

    /// <summary>The score of each category.</summary>
    public IDictionary<string, double>? CategoryScores { get; set; }

    /// <summary>The input types (<c>text</c>, <c>image</c>) each category score applies to.</summary>
    public IDictionary<string, IList<string>>? CategoryAppliedInputTypes { get; set; }
}
