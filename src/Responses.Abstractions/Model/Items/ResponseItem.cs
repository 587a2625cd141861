using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An item of a response's input or output: a message, a tool call or its output, a reasoning item…
/// The <c>"type"</c> property selects the subclass; types this library does not know are read as
/// <see cref="UnknownResponseItem"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ResponseItemConverter))]
public abstract class ResponseItem : WireObject
{
    /// <summary>Initializes an item with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ResponseItem(string type) => Type = type;

    /// <summary>The item type, for example <c>message</c> or <c>function_call</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }

    /// <summary>The unique id of the item (absent on some input items).</summary>
    [JsonPropertyOrder(-99)]
    public string? Id { get; set; }

    /// <summary>The agent that produced this item (multi-agent beta).</summary>
    public AgentTag? Agent { get; set; }
}
