namespace Responses;

/// <summary>Disables network access from the container.</summary>
public sealed class ContainerNetworkPolicyDisabled : ContainerNetworkPolicy
{
    /// <summary>Initializes the policy (<c>disabled</c>).</summary>
    public ContainerNetworkPolicyDisabled()
        : base(ContainerNetworkPolicyTypes.Disabled)
    {
    }
}
