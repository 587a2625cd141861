namespace Responses;

/// <summary>A skill available on the local machine.</summary>
public sealed class ShellToolLocalSkill : WireObject
{
    /// <summary>The name of the skill.</summary>
    public string? Name { get; set; }

    /// <summary>What the skill does.</summary>
    public string? Description { get; set; }

    /// <summary>The path of the skill directory.</summary>
    public string? Path { get; set; }
}
