namespace Responses;

/// <summary>Allows network access to listed domains only.</summary>
public sealed class ContainerNetworkPolicyAllowlist : ContainerNetworkPolicy
{
    /// <summary>Initializes the policy (<c>allowlist</c>).</summary>
    public ContainerNetworkPolicyAllowlist()
        : base(ContainerNetworkPolicyTypes.Allowlist)
    {
    }

    /// <summary>The domains the container may reach.</summary>
    public IList<string> AllowedDomains { get; set; } = [];

    /// <summary>Secrets injected into requests to given domains.</summary>
    public IList<ContainerNetworkDomainSecret>? DomainSecrets { get; set; }
}
