namespace Responses;

/// <summary>Reads and writes <see cref="McpCallError"/> as a string or an error object.</summary>
public sealed class McpCallErrorConverter : WireStringOrValueConverter<McpCallError, McpToolCallError>
{
    /// <summary>Initializes the converter.</summary>
    public McpCallErrorConverter()
        : base("An MCP call error")
    {
    }

    /// <inheritdoc />
    protected override McpCallError FromString(string value) => new(value);

    /// <inheritdoc />
    protected override McpCallError FromValue(McpToolCallError value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(McpCallError union) => union.Message;

    /// <inheritdoc />
    protected override McpToolCallError? ValueOf(McpCallError union) => union.Error;
}
