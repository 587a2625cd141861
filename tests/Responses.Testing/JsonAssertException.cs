namespace Responses.Testing;

/// <summary>Thrown by <see cref="JsonAssert"/> when two JSON values differ.</summary>
public sealed class JsonAssertException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonAssertException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JsonAssertException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public JsonAssertException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a difference.</summary>
    public JsonAssertException(JsonDifference difference, string? because)
        : base(Format(difference, because))
    {
        Difference = difference;
    }

    /// <summary>The first difference found.</summary>
    public JsonDifference? Difference { get; }

    private static string Format(JsonDifference d, string? because)
    {
        ArgumentNullException.ThrowIfNull(d);
        var prefix = string.IsNullOrEmpty(because) ? "JSON values differ" : $"JSON values differ ({because})";
        return $"{prefix} at {d.Path}: {d.Reason}{Environment.NewLine}  expected: {d.Expected}{Environment.NewLine}  actual:   {d.Actual}";
    }
}
