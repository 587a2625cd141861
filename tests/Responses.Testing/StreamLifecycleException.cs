namespace Responses.Testing;

/// <summary>Thrown by <see cref="StreamLifecycleChecker.AssertValid(IReadOnlyList{System.Text.Json.JsonElement}, StreamLifecycleOptions?)"/>; lists every violation.</summary>
public sealed class StreamLifecycleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StreamLifecycleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StreamLifecycleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public StreamLifecycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a list of violations.</summary>
    public StreamLifecycleException(IReadOnlyList<LifecycleViolation> violations)
        : base(Format(violations))
    {
        Violations = violations;
    }

    /// <summary>The violations found.</summary>
    public IReadOnlyList<LifecycleViolation> Violations { get; } = [];

    private static string Format(IReadOnlyList<LifecycleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return $"{violations.Count} stream lifecycle violation(s):" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
    }
}
