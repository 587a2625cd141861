using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// A file search filter: a comparison of one attribute or a compound of filters. Unknown types are read as <see cref="UnknownFileSearchFilter"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(FileSearchFilterConverter))]
public abstract class FileSearchFilter : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected FileSearchFilter(string type) => Type = type;

    /// <summary>The operator: a comparison (<c>eq</c>, <c>ne</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>, <c>in</c>, <c>nin</c>) or <c>and</c>/<c>or</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
