namespace Responses.Testing;

/// <summary>One way a JSON value does not conform to a schema of a spec.</summary>
/// <param name="Spec">The spec the schema belongs to.</param>
/// <param name="Schema">The <c>components/schemas</c> entry that was validated (the top-level one).</param>
/// <param name="Path">JSONPath of the offending value, e.g. <c>$.output[0].status</c>.</param>
/// <param name="Kind">The NJsonSchema error kind (e.g. <c>PropertyRequired</c>, <c>NotInEnumeration</c>, <c>StringExpected</c>).</param>
/// <param name="Message">A readable explanation including the offending value.</param>
public sealed record SchemaViolation(ApiSpec Spec, string Schema, string Path, string Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Spec}:{Schema}] {Path}: {Kind} — {Message}";
}
