namespace Responses;

/// <summary>Selects MCP server tools by name or by whether they are read-only.</summary>
public sealed class McpToolFilter : WireObject
{
    /// <summary>The names of the selected tools.</summary>
    public IList<string>? ToolNames { get; set; }

    /// <summary>Selects tools annotated as read-only (with <see langword="true"/>).</summary>
    public bool? ReadOnly { get; set; }
}
