using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The moderation of a response's input or output: a result or an error. Unknown types are read as <see cref="UnknownModerationOutcome"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ModerationOutcomeConverter))]
public abstract class ModerationOutcome : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ModerationOutcome(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
