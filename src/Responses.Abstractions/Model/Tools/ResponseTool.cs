using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// A tool the model may use (function, MCP, web search, file search, computer use, code interpreter…). Unknown types are read as <see cref="UnknownResponseTool"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ResponseToolConverter))]
public abstract class ResponseTool : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ResponseTool(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
