namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ShellToolEnvironment"/>.</summary>
public static class ShellToolEnvironmentTypes
{
    /// <summary><c>container_auto</c>: a container created on demand.</summary>
    public const string ContainerAuto = "container_auto";

    /// <summary><c>local</c>: the application's machine.</summary>
    public const string Local = "local";

    /// <summary><c>container_reference</c>: an existing container.</summary>
    public const string ContainerReference = "container_reference";
}
