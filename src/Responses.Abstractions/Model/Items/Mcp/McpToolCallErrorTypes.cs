namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="McpToolCallError"/>.</summary>
public static class McpToolCallErrorTypes
{
    /// <summary><c>mcp_protocol_error</c>.</summary>
    public const string ProtocolError = "mcp_protocol_error";

    /// <summary><c>mcp_tool_execution_error</c>.</summary>
    public const string ToolExecutionError = "mcp_tool_execution_error";

    /// <summary><c>http_error</c>.</summary>
    public const string HttpError = "http_error";
}
