using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The value of a prompt variable: a string or an input content part (text, image or file).
/// The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(PromptVariableConverter))]
public sealed class PromptVariable
{
    /// <summary>Initializes the string form.</summary>
    /// <param name="text">The value.</param>
    public PromptVariable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initializes the content form.</summary>
    /// <param name="part">The content part.</param>
    public PromptVariable(ContentPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        Part = part;
    }

    /// <summary>The value, when given as a string; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The value, when given as a content part; otherwise <see langword="null"/>.</summary>
    public ContentPart? Part { get; }

    /// <summary>Converts a string.</summary>
    /// <param name="text">The value.</param>
    public static implicit operator PromptVariable(string text) => new(text);

    /// <summary>Converts a content part.</summary>
    /// <param name="part">The part.</param>
    public static implicit operator PromptVariable(ContentPart part) => new(part);

    /// <summary>Creates the string form.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The variable value.</returns>
    public static PromptVariable FromString(string text) => new(text);

    /// <summary>Creates the content form.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The variable value.</returns>
    public static PromptVariable FromPart(ContentPart part) => new(part);
}
