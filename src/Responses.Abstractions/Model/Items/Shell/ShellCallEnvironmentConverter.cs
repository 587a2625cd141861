namespace Responses;

/// <summary>Reads and writes <see cref="ShellCallEnvironment"/> by its <c>"type"</c>.</summary>
public sealed class ShellCallEnvironmentConverter : WirePolymorphicConverter<ShellCallEnvironment>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ShellCallEnvironmentConverter()
        : base(new Dictionary<string, Type>
        {
            [ShellCallEnvironmentTypes.Local] = typeof(ShellCallLocalEnvironment),
            [ShellCallEnvironmentTypes.ContainerReference] = typeof(ShellCallContainerReference),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownShellCallEnvironment);
}
