using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The object form of <c>tool_choice</c>: a specific tool (function, MCP, custom, hosted…) or a list of allowed tools. Unknown types are read as <see cref="UnknownToolChoiceObject"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ToolChoiceObjectConverter))]
public abstract class ToolChoiceObject : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ToolChoiceObject(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator: the kind of tool chosen, or <c>allowed_tools</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
