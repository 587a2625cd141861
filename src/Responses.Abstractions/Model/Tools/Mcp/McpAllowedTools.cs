using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>allowed_tools</c> of an MCP tool: a list of tool names or a <see cref="McpToolFilter"/>.
/// The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(McpAllowedToolsConverter))]
public sealed class McpAllowedTools
{
    /// <summary>Initializes the list form.</summary>
    /// <param name="toolNames">The names of the allowed tools.</param>
    public McpAllowedTools(IList<string> toolNames)
    {
        ArgumentNullException.ThrowIfNull(toolNames);
        ToolNames = toolNames;
    }

    /// <summary>Initializes the filter form.</summary>
    /// <param name="filter">The filter selecting the allowed tools.</param>
    public McpAllowedTools(McpToolFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
    }

    /// <summary>The allowed tool names, when given as a list; otherwise <see langword="null"/>.</summary>
    public IList<string>? ToolNames { get; }

    /// <summary>The filter, when given as an object; otherwise <see langword="null"/>.</summary>
    public McpToolFilter? Filter { get; }

    /// <summary>Converts a list of tool names.</summary>
    /// <param name="toolNames">The names.</param>
    public static implicit operator McpAllowedTools(List<string> toolNames) => new(toolNames);

    /// <summary>Converts an array of tool names.</summary>
    /// <param name="toolNames">The names.</param>
    public static implicit operator McpAllowedTools(string[] toolNames) => new([.. toolNames]);

    /// <summary>Converts a filter.</summary>
    /// <param name="filter">The filter.</param>
    public static implicit operator McpAllowedTools(McpToolFilter filter) => new(filter);

    /// <summary>Creates the list form.</summary>
    /// <param name="toolNames">The names of the allowed tools.</param>
    /// <returns>The value.</returns>
    public static McpAllowedTools FromNames(params IEnumerable<string> toolNames) => new([.. toolNames]);

    /// <summary>Creates the filter form.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The value.</returns>
    public static McpAllowedTools FromFilter(McpToolFilter filter) => new(filter);
}
