namespace Responses;

/// <summary>Reads and writes <see cref="MessageContent"/> as a string or an array of parts.</summary>
public sealed class MessageContentConverter : WireStringOrValueConverter<MessageContent, IList<ContentPart>>
{
    /// <summary>Initializes the converter.</summary>
    public MessageContentConverter()
        : base("Message content")
    {
    }

    /// <inheritdoc />
    protected override MessageContent FromString(string value) => new(value);

    /// <inheritdoc />
    protected override MessageContent FromValue(IList<ContentPart> value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(MessageContent union) => union.Text;

    /// <inheritdoc />
    protected override IList<ContentPart>? ValueOf(MessageContent union) => union.Parts;
}
