using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>instructions</c> of a response: a string, or a list of items (for example when they come
/// from a stored prompt). The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(ResponseInstructionsConverter))]
public sealed class ResponseInstructions
{
    /// <summary>Initializes instructions given as a string.</summary>
    /// <param name="text">The instructions.</param>
    public ResponseInstructions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initializes instructions given as items.</summary>
    /// <param name="items">The items.</param>
    public ResponseInstructions(IList<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <summary>The instructions when they are a string; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The instructions when they are a list of items; otherwise <see langword="null"/>.</summary>
    public IList<ResponseItem>? Items { get; }

    /// <summary>Converts a string to instructions.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ResponseInstructions(string text) => new(text);

    /// <summary>Converts a list of items to instructions.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ResponseInstructions(List<ResponseItem> items) => new(items);

    /// <summary>Creates instructions from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The instructions.</returns>
    public static ResponseInstructions FromString(string text) => new(text);

    /// <summary>Creates instructions from items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The instructions.</returns>
    public static ResponseInstructions FromList(List<ResponseItem> items) => new(items);

    /// <summary>
    /// The text of the instructions: the string itself, or the text of the item messages joined by
    /// blank lines.
    /// </summary>
    /// <returns>The text.</returns>
    public string GetText()
    {
        if (Text is not null)
        {
            return Text;
        }

        return string.Join("\n\n", Items!.OfType<MessageItem>().Select(m => m.Content?.GetText()).Where(t => !string.IsNullOrEmpty(t)));
    }

    /// <inheritdoc />
    public override string ToString() => GetText();
}
