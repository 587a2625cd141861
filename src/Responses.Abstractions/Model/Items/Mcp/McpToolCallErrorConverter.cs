namespace Responses;

/// <summary>Reads and writes <see cref="McpToolCallError"/> by its <c>"type"</c>.</summary>
public sealed class McpToolCallErrorConverter : WirePolymorphicConverter<McpToolCallError>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public McpToolCallErrorConverter()
        : base(new Dictionary<string, Type>
        {
            [McpToolCallErrorTypes.ProtocolError] = typeof(McpProtocolError),
            [McpToolCallErrorTypes.ToolExecutionError] = typeof(McpToolExecutionError),
            [McpToolCallErrorTypes.HttpError] = typeof(McpHttpError),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownMcpToolCallError);
}
