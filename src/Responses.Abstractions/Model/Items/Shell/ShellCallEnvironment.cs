using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The environment a shell call runs in: the local computer or a container. Unknown types are read as <see cref="UnknownShellCallEnvironment"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ShellCallEnvironmentConverter))]
public abstract class ShellCallEnvironment : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ShellCallEnvironment(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
