namespace Responses;

/// <summary>Reads and writes <see cref="PromptVariable"/> as a string or a content part.</summary>
public sealed class PromptVariableConverter : WireStringOrValueConverter<PromptVariable, ContentPart>
{
    /// <summary>Initializes the converter.</summary>
    public PromptVariableConverter()
        : base("A prompt variable")
    {
    }

    /// <inheritdoc />
    protected override PromptVariable FromString(string value) => new(value);

    /// <inheritdoc />
    protected override PromptVariable FromValue(ContentPart value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(PromptVariable union) => union.Text;

    /// <inheritdoc />
    protected override ContentPart? ValueOf(PromptVariable union) => union.Part;
}
