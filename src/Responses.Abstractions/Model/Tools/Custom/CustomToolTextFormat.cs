namespace Responses;

/// <summary>Unconstrained free-form text input.</summary>
public sealed class CustomToolTextFormat : CustomToolFormat
{
    /// <summary>Initializes the format (<c>text</c>).</summary>
    public CustomToolTextFormat()
        : base(CustomToolFormatTypes.Text)
    {
    }
}
