namespace Responses;

/// <summary>Which MCP server tools always or never need approval.</summary>
public sealed class McpApprovalFilter : WireObject
{
    /// <summary>Tools that always need approval.</summary>
    public McpToolFilter? Always { get; set; }

    /// <summary>Tools that never need approval.</summary>
    public McpToolFilter? Never { get; set; }
}
