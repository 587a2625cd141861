namespace Responses;

/// <summary>A skill given inline.</summary>
public sealed class ContainerInlineSkill : ContainerSkill
{
    /// <summary>Initializes the skill (<c>inline</c>).</summary>
    public ContainerInlineSkill()
        : base(ContainerSkillTypes.Inline)
    {
    }

    /// <summary>The name of the skill.</summary>
    public string? Name { get; set; }

    /// <summary>What the skill does.</summary>
    public string? Description { get; set; }

    /// <summary>The content of the skill.</summary>
    public InlineSkillSource? Source { get; set; }
}
