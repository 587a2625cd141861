namespace Responses;

/// <summary>Reads and writes <see cref="Annotation"/> by its <c>"type"</c>.</summary>
public sealed class AnnotationConverter : WirePolymorphicConverter<Annotation>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public AnnotationConverter()
        : base(new Dictionary<string, Type>
        {
            [AnnotationTypes.FileCitation] = typeof(FileCitationAnnotation),
            [AnnotationTypes.UrlCitation] = typeof(UrlCitationAnnotation),
            [AnnotationTypes.ContainerFileCitation] = typeof(ContainerFileCitationAnnotation),
            [AnnotationTypes.FilePath] = typeof(FilePathAnnotation),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownAnnotation);
}
