namespace Responses;

/// <summary>Runs shell commands on the application's machine.</summary>
public sealed class ShellToolLocalEnvironment : ShellToolEnvironment
{
    /// <summary>Initializes the environment (<c>local</c>).</summary>
    public ShellToolLocalEnvironment()
        : base(ShellToolEnvironmentTypes.Local)
    {
    }

    /// <summary>Skills available on the local machine.</summary>
    public IList<ShellToolLocalSkill>? Skills { get; set; }
}
