namespace Responses;

/// <summary>Reads and writes <see cref="ToolCallOutputContent"/> as a string or an array of parts.</summary>
public sealed class ToolCallOutputContentConverter : WireStringOrValueConverter<ToolCallOutputContent, IList<ContentPart>>
{
    /// <summary>Initializes the converter.</summary>
    public ToolCallOutputContentConverter()
        : base("A tool call output")
    {
    }

    /// <inheritdoc />
    protected override ToolCallOutputContent FromString(string value) => new(value);

    /// <inheritdoc />
    protected override ToolCallOutputContent FromValue(IList<ContentPart> value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(ToolCallOutputContent union) => union.Text;

    /// <inheritdoc />
    protected override IList<ContentPart>? ValueOf(ToolCallOutputContent union) => union.Parts;
}
