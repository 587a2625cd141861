namespace Responses;

/// <summary>Reads and writes <see cref="ContainerNetworkPolicy"/> by its <c>"type"</c>.</summary>
public sealed class ContainerNetworkPolicyConverter : WirePolymorphicConverter<ContainerNetworkPolicy>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ContainerNetworkPolicyConverter()
        : base(new Dictionary<string, Type>
        {
            [ContainerNetworkPolicyTypes.Disabled] = typeof(ContainerNetworkPolicyDisabled),
            [ContainerNetworkPolicyTypes.Allowlist] = typeof(ContainerNetworkPolicyAllowlist),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownContainerNetworkPolicy);
}
