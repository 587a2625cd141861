using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The action of a web search call: a search, opening a page, or finding a pattern in a page. Unknown types are read as <see cref="UnknownWebSearchAction"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(WebSearchActionConverter))]
public abstract class WebSearchAction : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected WebSearchAction(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
