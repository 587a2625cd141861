namespace Responses;

/// <summary>A secret injected into requests from a container to one domain.</summary>
public sealed class ContainerNetworkDomainSecret : WireObject
{
    /// <summary>The domain the secret is used for.</summary>
    public string? Domain { get; set; }

    /// <summary>The name of the secret.</summary>
    public string? Name { get; set; }

    /// <summary>The value of the secret.</summary>
    public string? Value { get; set; }
}
