namespace Responses;

/// <summary>Reasoning text from the model.</summary>
public sealed class ReasoningTextPart : ContentPart
{
    /// <summary>Initializes an empty reasoning text part.</summary>
    public ReasoningTextPart()
        : base(ContentPartTypes.ReasoningText)
    {
    }

    /// <summary>The reasoning text.</summary>
    public string? Text { get; set; }
}
