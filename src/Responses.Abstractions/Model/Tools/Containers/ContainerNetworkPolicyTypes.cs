namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ContainerNetworkPolicy"/>.</summary>
public static class ContainerNetworkPolicyTypes
{
    /// <summary><c>disabled</c>: no network access.</summary>
    public const string Disabled = "disabled";

    /// <summary><c>allowlist</c>: access to listed domains only.</summary>
    public const string Allowlist = "allowlist";
}
