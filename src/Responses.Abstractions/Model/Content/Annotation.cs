using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An annotation on output text (file citation, URL citation, container file citation, file path). Unknown types are read as <see cref="UnknownAnnotation"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(AnnotationConverter))]
public abstract class Annotation : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected Annotation(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
