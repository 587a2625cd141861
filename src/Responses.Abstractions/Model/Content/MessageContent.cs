using System.Text;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The content of a message: either a plain string (as input messages may carry it) or a list of
/// <see cref="ContentPart"/>s. The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(MessageContentConverter))]
public sealed class MessageContent
{
    /// <summary>Initializes content given as a plain string.</summary>
    /// <param name="text">The text.</param>
    public MessageContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initializes content given as parts.</summary>
    /// <param name="parts">The parts.</param>
    public MessageContent(IList<ContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
    }

    /// <summary>The content when it is a plain string; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The content when it is a list of parts; otherwise <see langword="null"/>.</summary>
    public IList<ContentPart>? Parts { get; }

    /// <summary>Converts a string to content.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator MessageContent(string text) => new(text);

    /// <summary>Converts a list of parts to content.</summary>
    /// <param name="parts">The parts.</param>
    public static implicit operator MessageContent(List<ContentPart> parts) => new(parts);

    /// <summary>Creates content from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The content.</returns>
    public static MessageContent FromString(string text) => new(text);

    /// <summary>Creates content from parts.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The content.</returns>
    public static MessageContent FromList(List<ContentPart> parts) => new(parts);

    /// <summary>
    /// The text of the content: the string itself, or the concatenation (without separator) of the text
    /// of its <c>input_text</c>, <c>output_text</c> and <c>text</c> parts and the explanation of its
    /// <c>refusal</c> parts, in order. A refused answer therefore reads as its refusal; use
    /// <see cref="GetText(bool)"/> to leave refusals out, or look for <see cref="RefusalPart"/>s in
    /// <see cref="Parts"/> to tell them apart. Other parts (images, files, reasoning…) contribute nothing.
    /// </summary>
    /// <returns>The text.</returns>
    public string GetText() => GetText(includeRefusals: true);

    /// <summary>
    /// The text of the content, like <see cref="GetText()"/>, optionally without the refusal explanations.
    /// </summary>
    /// <param name="includeRefusals">Whether <c>refusal</c> parts contribute their explanation.</param>
    /// <returns>The text.</returns>
    public string GetText(bool includeRefusals)
    {
        if (Text is not null)
        {
            return Text;
        }

        var builder = new StringBuilder();
        foreach (ContentPart part in Parts!)
        {
            builder.Append(part switch
            {
                InputTextPart p => p.Text,
                OutputTextPart p => p.Text,
                TextPart p => p.Text,
                RefusalPart p when includeRefusals => p.Refusal,
                _ => null,
            });
        }

        return builder.ToString();
    }
}
