namespace Responses.Testing;

/// <summary>One broken stream lifecycle rule.</summary>
/// <param name="Rule">The rule id (a <see cref="LifecycleRules"/> constant).</param>
/// <param name="EventIndex">The zero-based index of the offending event in the stream (the stream length when the stream ended too early).</param>
/// <param name="Message">What is wrong, with the values involved.</param>
public sealed record LifecycleViolation(string Rule, int EventIndex, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Rule}] event #{EventIndex}: {Message}";
}
