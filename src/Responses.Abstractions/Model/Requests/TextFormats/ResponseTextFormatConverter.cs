namespace Responses;

/// <summary>Reads and writes <see cref="ResponseTextFormat"/> by its <c>"type"</c>.</summary>
public sealed class ResponseTextFormatConverter : WirePolymorphicConverter<ResponseTextFormat>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ResponseTextFormatConverter()
        : base(new Dictionary<string, Type>
        {
            [ResponseTextFormatTypes.Text] = typeof(TextResponseFormat),
            [ResponseTextFormatTypes.JsonSchema] = typeof(JsonSchemaResponseFormat),
            [ResponseTextFormatTypes.JsonObject] = typeof(JsonObjectResponseFormat),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseTextFormat);
}
