namespace Responses;

/// <summary>An MCP tool call error whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownMcpToolCallError : McpToolCallError
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownMcpToolCallError()
        : base(string.Empty)
    {
    }
}
