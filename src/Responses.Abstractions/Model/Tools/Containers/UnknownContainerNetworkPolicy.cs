namespace Responses;

/// <summary>A network policy whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownContainerNetworkPolicy : ContainerNetworkPolicy
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownContainerNetworkPolicy()
        : base(string.Empty)
    {
    }
}
