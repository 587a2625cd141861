using System.Text.Json;

namespace Responses;

/// <summary>Lets the model search deferred tools (those with <c>defer_loading</c>) and load them.</summary>
public sealed class ToolSearchTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>tool_search</c>).</summary>
    public ToolSearchTool()
        : base(ResponseToolTypes.ToolSearch)
    {
    }

    /// <summary>What the tool search is for, for the model.</summary>
    public string? Description { get; set; }

    /// <summary>Who runs the search: <c>server</c> (the default) or <c>client</c>.</summary>
    public string? Execution { get; set; }

    /// <summary>The JSON Schema of the search arguments (client execution).</summary>
    public JsonElement? Parameters { get; set; }
}
