using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The output format of a text response (<c>text.format</c>). Unknown types are read as <see cref="UnknownResponseTextFormat"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ResponseTextFormatConverter))]
public abstract class ResponseTextFormat : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ResponseTextFormat(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
