namespace Responses;

/// <summary>A skill available in a local shell environment.</summary>
public sealed class ShellCallLocalSkill : WireObject
{
    /// <summary>The name of the skill.</summary>
    public string? Name { get; set; }

    /// <summary>The description of the skill.</summary>
    public string? Description { get; set; }

    /// <summary>The path to the directory containing the skill.</summary>
    public string? Path { get; set; }
}
