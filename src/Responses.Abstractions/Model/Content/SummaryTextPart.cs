namespace Responses;

/// <summary>A summary of the model's reasoning.</summary>
public sealed class SummaryTextPart : ContentPart
{
    /// <summary>Initializes an empty summary text part.</summary>
    public SummaryTextPart()
        : base(ContentPartTypes.SummaryText)
    {
    }

    /// <summary>Initializes a summary text part.</summary>
    /// <param name="text">The summary text.</param>
    public SummaryTextPart(string text)
        : this() => Text = text;

    /// <summary>The summary text.</summary>
    public string? Text { get; set; }
}
