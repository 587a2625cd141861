namespace Responses;

/// <summary>Reads and writes <see cref="ShellToolEnvironment"/> by its <c>"type"</c>.</summary>
public sealed class ShellToolEnvironmentConverter : WirePolymorphicConverter<ShellToolEnvironment>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ShellToolEnvironmentConverter()
        : base(new Dictionary<string, Type>
        {
            [ShellToolEnvironmentTypes.ContainerAuto] = typeof(ShellToolContainerAutoEnvironment),
            [ShellToolEnvironmentTypes.Local] = typeof(ShellToolLocalEnvironment),
            [ShellToolEnvironmentTypes.ContainerReference] = typeof(ShellToolContainerReferenceEnvironment),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownShellToolEnvironment);
}
