namespace Responses;

/// <summary>Reads and writes <see cref="ToolCallCaller"/> by its <c>"type"</c>.</summary>
public sealed class ToolCallCallerConverter : WirePolymorphicConverter<ToolCallCaller>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ToolCallCallerConverter()
        : base(new Dictionary<string, Type>
        {
            [ToolCallCallerTypes.Direct] = typeof(DirectToolCallCaller),
            [ToolCallCallerTypes.Program] = typeof(ProgramToolCallCaller),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownToolCallCaller);
}
