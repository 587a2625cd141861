namespace Responses;

/// <summary>Reads and writes <see cref="ShellCallOutcome"/> by its <c>"type"</c>.</summary>
public sealed class ShellCallOutcomeConverter : WirePolymorphicConverter<ShellCallOutcome>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ShellCallOutcomeConverter()
        : base(new Dictionary<string, Type>
        {
            [ShellCallOutcomeTypes.Exit] = typeof(ShellCallExitOutcome),
            [ShellCallOutcomeTypes.Timeout] = typeof(ShellCallTimeoutOutcome),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownShellCallOutcome);
}
