using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Responses.Testing;

/// <summary>
/// A documented place where real servers send JSON the spec does not allow. The validator tolerates
/// violations matching spec + schema + path pattern (+ kind when given), nothing else.
/// </summary>
/// <param name="Spec">The spec whose schema is violated.</param>
/// <param name="Schema">The top-level schema validated (e.g. <c>Response</c>, <c>ResponseOutputItemDoneEvent</c>).</param>
/// <param name="PathPattern">JSONPath with <c>[*]</c> for any index and <c>.*</c> for any property name.</param>
/// <param name="Kind">The violation kind tolerated, or <c>null</c> for any kind at that path.</param>
/// <param name="Reason">Why it is tolerated (which recordings, which server behaviour).</param>
public sealed record KnownSpecDeviation(ApiSpec Spec, string Schema, string PathPattern, string? Kind, string Reason)
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>When set, the violation message must contain this text (e.g. the name of an undocumented event type).</summary>
    public string? MessageContains { get; init; }

    /// <summary>Whether this deviation covers the violation.</summary>
    public bool Matches(SchemaViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (violation.Spec != Spec || !string.Equals(violation.Schema, Schema, StringComparison.Ordinal))
        {
            return false;
        }

        if (Kind is not null && !string.Equals(violation.Kind, Kind, StringComparison.Ordinal))
        {
            return false;
        }

        if (MessageContains is not null && !violation.Message.Contains(MessageContains, StringComparison.Ordinal))
        {
            return false;
        }

        var regex = Patterns.GetOrAdd(PathPattern, static p => new Regex(
            "^" + Regex.Escape(p).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal).Replace(@"\.\*", @"\.[^.\[]+", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant));
        return regex.IsMatch(violation.Path);
    }
}
