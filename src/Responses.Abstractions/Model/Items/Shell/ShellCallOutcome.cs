using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The outcome of a shell command: an exit with a code, or a timeout. Unknown types are read as <see cref="UnknownShellCallOutcome"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ShellCallOutcomeConverter))]
public abstract class ShellCallOutcome : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ShellCallOutcome(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
