namespace Responses;

/// <summary>Forces a call of a tool of a given MCP server.</summary>
public sealed class McpToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>mcp</c>).</summary>
    public McpToolChoice()
        : base(ToolChoiceObjectTypes.Mcp)
    {
    }

    /// <summary>The label of the MCP server.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>The name of the tool on the server (any tool when absent).</summary>
    public string? Name { get; set; }
}
