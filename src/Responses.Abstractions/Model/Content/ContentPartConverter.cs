namespace Responses;

/// <summary>Reads and writes <see cref="ContentPart"/> by its <c>"type"</c>.</summary>
public sealed class ContentPartConverter : WirePolymorphicConverter<ContentPart>
{
    /// <summary>Initializes the converter with every content part type of the specification.</summary>
    public ContentPartConverter()
        : base(new Dictionary<string, Type>
        {
            [ContentPartTypes.InputText] = typeof(InputTextPart),
            [ContentPartTypes.OutputText] = typeof(OutputTextPart),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownContentPart);
}
