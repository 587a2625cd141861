using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Settings of a container the code interpreter creates on demand (<c>{"type":"auto"}</c>).</summary>
public sealed class CodeInterpreterAutoContainer : WireObject
{
    /// <summary>Always <c>auto</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string? Type { get; set; } = "auto";

    /// <summary>Ids of uploaded files made available to the code.</summary>
    public IList<string>? FileIds { get; set; }

    /// <summary>The memory limit: <c>1g</c>, <c>4g</c>, <c>16g</c> or <c>64g</c>.</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>The network access policy of the container.</summary>
    public ContainerNetworkPolicy? NetworkPolicy { get; set; }
}
