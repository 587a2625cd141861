namespace Responses;

/// <summary>Reads and writes <see cref="ContentPart"/> by its <c>"type"</c>.</summary>
public sealed class ContentPartConverter : WirePolymorphicConverter<ContentPart>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ContentPartConverter()
        : base(new Dictionary<string, Type>
        {
            [ContentPartTypes.InputText] = typeof(InputTextPart),
            [ContentPartTypes.InputImage] = typeof(InputImagePart),
            [ContentPartTypes.InputFile] = typeof(InputFilePart),
            [ContentPartTypes.InputAudio] = typeof(InputAudioPart),
            [ContentPartTypes.InputVideo] = typeof(InputVideoPart),
            [ContentPartTypes.OutputText] = typeof(OutputTextPart),
            [ContentPartTypes.Refusal] = typeof(RefusalPart),
            [ContentPartTypes.ReasoningText] = typeof(ReasoningTextPart),
            [ContentPartTypes.SummaryText] = typeof(SummaryTextPart),
            [ContentPartTypes.Text] = typeof(TextPart),
            [ContentPartTypes.ComputerScreenshot] = typeof(ComputerScreenshotPart),
            [ContentPartTypes.EncryptedContent] = typeof(EncryptedContentPart),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownContentPart);
}
