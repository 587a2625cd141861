namespace Responses;

/// <summary>The list of tools available on an MCP server.</summary>
public sealed class McpListToolsItem : ResponseItem
{
    /// <summary>Initializes an empty MCP tool list.</summary>
    public McpListToolsItem()
        : base(ResponseItemTypes.McpListTools)
    {
    }

    /// <summary>The label of the MCP server.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>The tools available on the server.</summary>
    public IList<McpListToolsTool> Tools { get; set; } = [];

    /// <summary>The error, when the server could not list its tools.</summary>
    public string? Error { get; set; }
}
