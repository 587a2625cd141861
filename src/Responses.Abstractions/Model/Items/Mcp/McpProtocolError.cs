namespace Responses;

/// <summary>An MCP protocol error.</summary>
public sealed class McpProtocolError : McpToolCallError
{
    /// <summary>Initializes an empty protocol error.</summary>
    public McpProtocolError()
        : base(McpToolCallErrorTypes.ProtocolError)
    {
    }

    /// <summary>The error code.</summary>
    public int Code { get; set; }

    /// <summary>The error message.</summary>
    public string? Message { get; set; }
}
