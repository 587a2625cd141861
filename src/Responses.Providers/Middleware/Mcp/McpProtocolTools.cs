using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>Converts the MCP SDK's tool descriptions into the Responses model.</summary>
public static class McpProtocolTools
{
    /// <summary>The <c>mcp_list_tools</c> entry of a tool an MCP server listed.</summary>
    /// <param name="tool">The tool, as the server described it.</param>
    /// <returns>Its name, description, input schema and annotations.</returns>
    public static McpListToolsTool ToListToolsTool(Tool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return new McpListToolsTool
        {
            Name = tool.Name,
            Description = tool.Description,
            InputSchema = tool.InputSchema,
            Annotations = tool.Annotations is { } annotations
                ? JsonSerializer.SerializeToElement(annotations, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ToolAnnotations)))
                : null,
        };
    }
}
