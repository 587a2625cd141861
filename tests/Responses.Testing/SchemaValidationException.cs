namespace Responses.Testing;

/// <summary>Thrown by the <c>AssertValid*</c> methods of <see cref="SchemaValidator"/>; lists every violation.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaValidationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SchemaValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a list of violations.</summary>
    public SchemaValidationException(IReadOnlyList<SchemaViolation> violations, string? context)
        : base(Format(violations, context))
    {
        Violations = violations;
    }

    /// <summary>The violations found.</summary>
    public IReadOnlyList<SchemaViolation> Violations { get; } = [];

    private static string Format(IReadOnlyList<SchemaViolation> violations, string? context)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var head = $"{violations.Count} schema violation(s){(string.IsNullOrEmpty(context) ? string.Empty : " in " + context)}:";
        return head + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
    }
}
