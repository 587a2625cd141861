namespace Responses;

/// <summary>Reads and writes <see cref="CodeInterpreterContainer"/> as a string or an object.</summary>
public sealed class CodeInterpreterContainerConverter : WireStringOrValueConverter<CodeInterpreterContainer, CodeInterpreterAutoContainer>
{
    /// <summary>Initializes the converter.</summary>
    public CodeInterpreterContainerConverter()
        : base("'container'")
    {
    }

    /// <inheritdoc />
    protected override CodeInterpreterContainer FromString(string value) => new(value);

    /// <inheritdoc />
    protected override CodeInterpreterContainer FromValue(CodeInterpreterAutoContainer value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(CodeInterpreterContainer union) => union.ContainerId;

    /// <inheritdoc />
    protected override CodeInterpreterAutoContainer? ValueOf(CodeInterpreterContainer union) => union.Auto;
}
