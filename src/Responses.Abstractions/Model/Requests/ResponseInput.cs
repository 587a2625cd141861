using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>input</c> of a request: a plain string (one user message) or a list of items.
/// The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(ResponseInputConverter))]
public sealed class ResponseInput
{
    /// <summary>Initializes input given as a string.</summary>
    /// <param name="text">The text of the user message.</param>
    public ResponseInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initializes input given as items.</summary>
    /// <param name="items">The items.</param>
    public ResponseInput(IList<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <summary>The input when it is a plain string; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The input when it is a list of items; otherwise <see langword="null"/>.</summary>
    public IList<ResponseItem>? Items { get; }

    /// <summary>Converts a string to input.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ResponseInput(string text) => new(text);

    /// <summary>Converts a list of items to input.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ResponseInput(List<ResponseItem> items) => new(items);

    /// <summary>Creates input from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The input.</returns>
    public static ResponseInput FromString(string text) => new(text);

    /// <summary>Creates input from items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The input.</returns>
    public static ResponseInput FromList(List<ResponseItem> items) => new(items);

    /// <summary>
    /// The input as items: the items themselves, or one user message holding the string.
    /// </summary>
    /// <returns>The items.</returns>
    public IList<ResponseItem> ToItems() =>
        Items ?? [new MessageItem { Role = MessageRole.User, Content = new MessageContent(Text!) }];
}
