namespace Responses;

/// <summary>Reads and writes <see cref="ResponseInput"/> as a string or an array of items.</summary>
public sealed class ResponseInputConverter : WireStringOrValueConverter<ResponseInput, IList<ResponseItem>>
{
    /// <summary>Initializes the converter.</summary>
    public ResponseInputConverter()
        : base("'input'")
    {
    }

    /// <inheritdoc />
    protected override ResponseInput FromString(string value) => new(value);

    /// <inheritdoc />
    protected override ResponseInput FromValue(IList<ResponseItem> value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(ResponseInput union) => union.Text;

    /// <inheritdoc />
    protected override IList<ResponseItem>? ValueOf(ResponseInput union) => union.Items;
}
