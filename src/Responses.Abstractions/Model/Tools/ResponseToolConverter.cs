namespace Responses;

/// <summary>Reads and writes <see cref="ResponseTool"/> by its <c>"type"</c>.</summary>
public sealed class ResponseToolConverter : WirePolymorphicConverter<ResponseTool>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ResponseToolConverter()
        : base(new Dictionary<string, Type>
        {
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseTool);
}
