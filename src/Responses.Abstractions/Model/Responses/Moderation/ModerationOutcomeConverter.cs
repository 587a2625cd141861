namespace Responses;

/// <summary>Reads and writes <see cref="ModerationOutcome"/> by its <c>"type"</c>.</summary>
public sealed class ModerationOutcomeConverter : WirePolymorphicConverter<ModerationOutcome>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ModerationOutcomeConverter()
        : base(new Dictionary<string, Type>
        {
            [ModerationOutcomeTypes.ModerationResult] = typeof(ModerationResult),
            [ModerationOutcomeTypes.Error] = typeof(ModerationError),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownModerationOutcome);
}
