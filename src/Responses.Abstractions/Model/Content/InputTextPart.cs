namespace Responses;

/// <summary>Text given to the model.</summary>
public sealed class InputTextPart : ContentPart
{
    /// <summary>Initializes an empty input text part.</summary>
    public InputTextPart()
        : base(ContentPartTypes.InputText)
    {
    }

    /// <summary>Initializes an input text part.</summary>
    /// <param name="text">The text.</param>
    public InputTextPart(string text)
        : this() => Text = text;

    /// <summary>The text.</summary>
    public string? Text { get; set; }

    /// <summary>Marks the end of a reusable prompt prefix at this part.</summary>
    public PromptCacheBreakpoint? PromptCacheBreakpoint { get; set; }
}
