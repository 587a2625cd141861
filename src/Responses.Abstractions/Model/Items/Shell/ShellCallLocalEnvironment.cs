namespace Responses;

/// <summary>The local computer environment.</summary>
public sealed class ShellCallLocalEnvironment : ShellCallEnvironment
{
    /// <summary>Initializes a local environment.</summary>
    public ShellCallLocalEnvironment()
        : base(ShellCallEnvironmentTypes.Local)
    {
    }

    /// <summary>The skills available in the environment.</summary>
    public IList<ShellCallLocalSkill>? Skills { get; set; }
}
