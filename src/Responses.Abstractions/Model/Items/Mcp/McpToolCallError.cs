using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An error of an MCP tool call: a protocol error, a tool execution error or an HTTP error. Unknown types are read as <see cref="UnknownMcpToolCallError"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(McpToolCallErrorConverter))]
public abstract class McpToolCallError : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected McpToolCallError(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
