namespace Responses;

/// <summary>Reads and writes <see cref="ResponseInstructions"/> as a string or an array of items.</summary>
public sealed class ResponseInstructionsConverter : WireStringOrValueConverter<ResponseInstructions, IList<ResponseItem>>
{
    /// <summary>Initializes the converter.</summary>
    public ResponseInstructionsConverter()
        : base("'instructions'")
    {
    }

    /// <inheritdoc />
    protected override ResponseInstructions FromString(string value) => new(value);

    /// <inheritdoc />
    protected override ResponseInstructions FromValue(IList<ResponseItem> value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(ResponseInstructions union) => union.Text;

    /// <inheritdoc />
    protected override IList<ResponseItem>? ValueOf(ResponseInstructions union) => union.Items;
}
