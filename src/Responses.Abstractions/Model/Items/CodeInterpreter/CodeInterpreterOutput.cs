using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An output of a code interpreter call: logs or an image. Unknown types are read as <see cref="UnknownCodeInterpreterOutput"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(CodeInterpreterOutputConverter))]
public abstract class CodeInterpreterOutput : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected CodeInterpreterOutput(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
