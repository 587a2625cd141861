using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// A skill mounted in a hosted container: a reference to an uploaded skill or an inline one. Unknown types are read as <see cref="UnknownContainerSkill"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ContainerSkillConverter))]
public abstract class ContainerSkill : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ContainerSkill(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
