using System.Text;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The output of a function or custom tool call: either a string (often JSON) or a list of input
/// <see cref="ContentPart"/>s (text, images, files). The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(ToolCallOutputContentConverter))]
public sealed class ToolCallOutputContent
{
    /// <summary>Initializes output given as a string.</summary>
    /// <param name="text">The output text.</param>
    public ToolCallOutputContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initializes output given as content parts.</summary>
    /// <param name="parts">The parts (<see cref="InputTextPart"/>, <see cref="InputImagePart"/>, <see cref="InputFilePart"/>).</param>
    public ToolCallOutputContent(IList<ContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
    }

    /// <summary>The output when it is a string; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The output when it is a list of parts; otherwise <see langword="null"/>.</summary>
    public IList<ContentPart>? Parts { get; }

    /// <summary>Converts a string to output.</summary>
    /// <param name="text">The output text.</param>
    public static implicit operator ToolCallOutputContent(string text) => new(text);

    /// <summary>Converts a list of parts to output.</summary>
    /// <param name="parts">The parts.</param>
    public static implicit operator ToolCallOutputContent(List<ContentPart> parts) => new(parts);

    /// <summary>Creates output from a string.</summary>
    /// <param name="text">The output text.</param>
    /// <returns>The output.</returns>
    public static ToolCallOutputContent FromString(string text) => new(text);

    /// <summary>Creates output from parts.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The output.</returns>
    public static ToolCallOutputContent FromList(List<ContentPart> parts) => new(parts);

    /// <summary>
    /// The text of the output: the string itself, or the concatenation of the text of its
    /// <c>input_text</c> parts (images and files contribute nothing).
    /// </summary>
    /// <returns>The text.</returns>
    public string GetText()
    {
        if (Text is not null)
        {
            return Text;
        }

        var builder = new StringBuilder();
        foreach (ContentPart part in Parts!)
        {
            if (part is InputTextPart p)
            {
                builder.Append(p.Text);
            }
        }

        return builder.ToString();
    }
}
