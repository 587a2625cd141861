namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ShellCallEnvironment"/>.</summary>
public static class ShellCallEnvironmentTypes
{
    /// <summary><c>local</c>.</summary>
    public const string Local = "local";

    /// <summary><c>container_reference</c>.</summary>
    public const string ContainerReference = "container_reference";
}
