namespace Responses;

/// <summary>Reads and writes <see cref="CustomToolFormat"/> by its <c>"type"</c>.</summary>
public sealed class CustomToolFormatConverter : WirePolymorphicConverter<CustomToolFormat>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public CustomToolFormatConverter()
        : base(new Dictionary<string, Type>
        {
            [CustomToolFormatTypes.Text] = typeof(CustomToolTextFormat),
            [CustomToolFormatTypes.Grammar] = typeof(CustomToolGrammarFormat),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownCustomToolFormat);
}
