using System.Text.Json;

namespace Responses;

/// <summary>A tool available on an MCP server.</summary>
public sealed class McpListToolsTool : WireObject
{
    /// <summary>The name of the tool.</summary>
    public string? Name { get; set; }

    /// <summary>The description of the tool.</summary>
    public string? Description { get; set; }

    /// <summary>The JSON schema describing the tool's input.</summary>
    public JsonElement? InputSchema { get; set; }

    /// <summary>Additional annotations about the tool (a JSON object).</summary>
    public JsonElement? Annotations { get; set; }
}
