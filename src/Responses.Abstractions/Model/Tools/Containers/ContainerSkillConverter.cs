namespace Responses;

/// <summary>Reads and writes <see cref="ContainerSkill"/> by its <c>"type"</c>.</summary>
public sealed class ContainerSkillConverter : WirePolymorphicConverter<ContainerSkill>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ContainerSkillConverter()
        : base(new Dictionary<string, Type>
        {
            [ContainerSkillTypes.SkillReference] = typeof(ContainerSkillReference),
            [ContainerSkillTypes.Inline] = typeof(ContainerInlineSkill),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownContainerSkill);
}
