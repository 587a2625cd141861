namespace Responses;

/// <summary>A container skill whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownContainerSkill : ContainerSkill
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownContainerSkill()
        : base(string.Empty)
    {
    }
}
