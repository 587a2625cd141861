namespace Responses;

/// <summary>A container created with <c>/v1/containers</c>.</summary>
public sealed class ShellCallContainerReference : ShellCallEnvironment
{
    /// <summary>Initializes an empty container reference.</summary>
    public ShellCallContainerReference()
        : base(ShellCallEnvironmentTypes.ContainerReference)
    {
    }

    /// <summary>The ID of the container.</summary>
    public string? ContainerId { get; set; }
}
