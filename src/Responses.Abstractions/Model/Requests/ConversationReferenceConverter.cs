namespace Responses;

/// <summary>Reads and writes <see cref="ConversationReference"/> as a string or an object.</summary>
public sealed class ConversationReferenceConverter : WireStringOrValueConverter<ConversationReference, ResponseConversation>
{
    /// <summary>Initializes the converter.</summary>
    public ConversationReferenceConverter()
        : base("'conversation'")
    {
    }

    /// <inheritdoc />
    protected override ConversationReference FromString(string value) => new(value);

    /// <inheritdoc />
    protected override ConversationReference FromValue(ResponseConversation value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(ConversationReference union) => union.ConversationId;

    /// <inheritdoc />
    protected override ResponseConversation? ValueOf(ConversationReference union) => union.Conversation;
}
