using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The environment of the shell tool. Unknown types are read as <see cref="UnknownShellToolEnvironment"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ShellToolEnvironmentConverter))]
public abstract class ShellToolEnvironment : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ShellToolEnvironment(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
