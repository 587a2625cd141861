namespace Responses;

/// <summary>Plain text output (the default format).</summary>
public sealed class TextResponseFormat : ResponseTextFormat
{
    /// <summary>Initializes the format (<c>text</c>).</summary>
    public TextResponseFormat()
        : base(ResponseTextFormatTypes.Text)
    {
    }
}
