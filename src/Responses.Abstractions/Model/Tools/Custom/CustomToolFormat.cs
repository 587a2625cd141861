using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The input format of a custom tool. Unknown types are read as <see cref="UnknownCustomToolFormat"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(CustomToolFormatConverter))]
public abstract class CustomToolFormat : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected CustomToolFormat(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
