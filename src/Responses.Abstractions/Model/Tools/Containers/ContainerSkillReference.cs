namespace Responses;

/// <summary>A reference to an uploaded skill.</summary>
public sealed class ContainerSkillReference : ContainerSkill
{
    /// <summary>Initializes the reference (<c>skill_reference</c>).</summary>
    public ContainerSkillReference()
        : base(ContainerSkillTypes.SkillReference)
    {
    }

    /// <summary>The id of the skill.</summary>
    public string? SkillId { get; set; }

    /// <summary>The version of the skill (the default version when absent).</summary>
    public string? Version { get; set; }
}
