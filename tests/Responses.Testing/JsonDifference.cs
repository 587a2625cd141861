namespace Responses.Testing;

/// <summary>The first place where two JSON values differ.</summary>
/// <param name="Path">JSONPath of the difference, e.g. <c>$.output[0].content[1].text</c>.</param>
/// <param name="Expected">The expected value as raw JSON, or <c>&lt;absent&gt;</c>.</param>
/// <param name="Actual">The actual value as raw JSON, or <c>&lt;absent&gt;</c>.</param>
/// <param name="Reason">Why the values differ (kind, value, length, missing/extra property).</param>
public sealed record JsonDifference(string Path, string Expected, string Actual, string Reason)
{
    /// <summary>The text used for an absent property or array element.</summary>
    public const string Absent = "<absent>";

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}; expected {Expected}, actual {Actual}";
}
