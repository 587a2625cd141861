using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// A part of a message's content (input text, image or file; output text; refusal; reasoning text…).
/// Unknown part types are read as <see cref="UnknownContentPart"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ContentPartConverter))]
public abstract class ContentPart : WireObject
{
    /// <summary>Initializes a part with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ContentPart(string type) => Type = type;

    /// <summary>The part type, for example <c>input_text</c> or <c>output_text</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
