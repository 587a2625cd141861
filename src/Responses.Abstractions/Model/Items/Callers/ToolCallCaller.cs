using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The execution context that produced a tool call: <c>direct</c> (the model) or a <c>program</c> (programmatic tool calling). Unknown types are read as <see cref="UnknownToolCallCaller"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ToolCallCallerConverter))]
public abstract class ToolCallCaller : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ToolCallCaller(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
