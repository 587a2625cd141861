namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ContainerSkill"/>.</summary>
public static class ContainerSkillTypes
{
    /// <summary><c>skill_reference</c>: an uploaded skill, by id.</summary>
    public const string SkillReference = "skill_reference";

    /// <summary><c>inline</c>: a skill given inline as a zip archive.</summary>
    public const string Inline = "inline";
}
