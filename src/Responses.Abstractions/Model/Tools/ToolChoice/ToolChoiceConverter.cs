namespace Responses;

/// <summary>Reads and writes <see cref="ToolChoice"/> as a mode string or a tool choice object.</summary>
public sealed class ToolChoiceConverter : WireStringOrValueConverter<ToolChoice, ToolChoiceObject>
{
    /// <summary>Initializes the converter.</summary>
    public ToolChoiceConverter()
        : base("'tool_choice'")
    {
    }

    /// <inheritdoc />
    protected override ToolChoice FromString(string value) => new(value);

    /// <inheritdoc />
    protected override ToolChoice FromValue(ToolChoiceObject value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(ToolChoice union) => union.Mode;

    /// <inheritdoc />
    protected override ToolChoiceObject? ValueOf(ToolChoice union) => union.Tool;
}
