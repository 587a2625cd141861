using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The network access policy of a hosted container. Unknown types are read as <see cref="UnknownContainerNetworkPolicy"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ContainerNetworkPolicyConverter))]
public abstract class ContainerNetworkPolicy : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ContainerNetworkPolicy(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
