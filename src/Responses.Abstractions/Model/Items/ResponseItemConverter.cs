namespace Responses;

/// <summary>Reads and writes <see cref="ResponseItem"/> by its <c>"type"</c>.</summary>
public sealed class ResponseItemConverter : WirePolymorphicConverter<ResponseItem>
{
    /// <summary>Initializes the converter with every item type of the specification.</summary>
    public ResponseItemConverter()
        : base(new Dictionary<string, Type>
        {
            [ResponseItemTypes.Message] = typeof(MessageItem),
            [ResponseItemTypes.FunctionCall] = typeof(FunctionCallItem),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseItem);

    /// <inheritdoc />
    /// <remarks>An input message may omit <c>"type"</c> (the spec's EasyInputMessage); an item with
    /// neither type nor role is an item reference.</remarks>
    protected override Type? GetTypeWithoutDiscriminator(bool hasRole) => hasRole ? typeof(MessageItem) : null;
}
