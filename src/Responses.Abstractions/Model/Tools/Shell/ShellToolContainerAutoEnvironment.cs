namespace Responses;

/// <summary>A hosted container created on demand for the shell tool.</summary>
public sealed class ShellToolContainerAutoEnvironment : ShellToolEnvironment
{
    /// <summary>Initializes the environment (<c>container_auto</c>).</summary>
    public ShellToolContainerAutoEnvironment()
        : base(ShellToolEnvironmentTypes.ContainerAuto)
    {
    }

    /// <summary>Ids of uploaded files made available in the container.</summary>
    public IList<string>? FileIds { get; set; }

    /// <summary>The memory limit: <c>1g</c>, <c>4g</c>, <c>16g</c> or <c>64g</c>.</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>The network access policy of the container.</summary>
    public ContainerNetworkPolicy? NetworkPolicy { get; set; }

    /// <summary>Skills mounted in the container.</summary>
    public IList<ContainerSkill>? Skills { get; set; }
}
