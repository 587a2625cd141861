namespace Responses;

/// <summary>Runs shell commands in an existing container.</summary>
public sealed class ShellToolContainerReferenceEnvironment : ShellToolEnvironment
{
    /// <summary>Initializes the environment (<c>container_reference</c>).</summary>
    public ShellToolContainerReferenceEnvironment()
        : base(ShellToolEnvironmentTypes.ContainerReference)
    {
    }

    /// <summary>The id of the container.</summary>
    public string? ContainerId { get; set; }
}
