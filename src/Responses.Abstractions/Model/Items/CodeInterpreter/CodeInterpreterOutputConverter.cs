namespace Responses;

/// <summary>Reads and writes <see cref="CodeInterpreterOutput"/> by its <c>"type"</c>.</summary>
public sealed class CodeInterpreterOutputConverter : WirePolymorphicConverter<CodeInterpreterOutput>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public CodeInterpreterOutputConverter()
        : base(new Dictionary<string, Type>
        {
            [CodeInterpreterOutputTypes.Logs] = typeof(CodeInterpreterLogsOutput),
            [CodeInterpreterOutputTypes.Image] = typeof(CodeInterpreterImageOutput),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownCodeInterpreterOutput);
}
