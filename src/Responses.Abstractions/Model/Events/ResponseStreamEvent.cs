using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An event of a streamed response, in the order given by its <see cref="SequenceNumber"/>. Unknown types are read as <see cref="UnknownResponseStreamEvent"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ResponseStreamEventConverter))]
public abstract class ResponseStreamEvent : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ResponseStreamEvent(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }

    /// <summary>The position of this event in the stream, from 0 without gaps.</summary>
    [JsonPropertyOrder(-99)]
    public int SequenceNumber { get; set; }
}
