using System.Text.Json;

namespace Responses;

/// <summary>An error returned by the MCP tool itself.</summary>
public sealed class McpToolExecutionError : McpToolCallError
{
    /// <summary>Initializes an empty tool execution error.</summary>
    public McpToolExecutionError()
        : base(McpToolCallErrorTypes.ToolExecutionError)
    {
    }

    /// <summary>The error content returned by the tool.</summary>
    [WireRequired]
    public JsonElement? Content { get; set; }
}
