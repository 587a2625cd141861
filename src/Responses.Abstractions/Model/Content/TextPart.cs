namespace Responses;

/// <summary>Plain text content.</summary>
public sealed class TextPart : ContentPart
{
    /// <summary>Initializes an empty text part.</summary>
    public TextPart()
        : base(ContentPartTypes.Text)
    {
    }

    /// <summary>The text.</summary>
    public string? Text { get; set; }
}
