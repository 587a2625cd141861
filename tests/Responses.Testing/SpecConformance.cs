using System.Text.Json;

namespace Responses.Testing;

/// <summary>
/// The checks every response and stream we emit passes: each event and response against both specs (OpenAI 2.3.0
/// with its documented real-world deviations, and Open Responses strictly, minus where it contradicts OpenAI's wire),
/// and the stream's lifecycle. Shared by every test project that checks our output.
/// </summary>
public static class SpecConformance
{
    /// <summary>
    /// Where Open Responses 2026-04-24 contradicts OpenAI's wire, our output follows OpenAI:
    /// JsonSchemaResponseFormat.schema is declared <c>{"type":"null"}</c> but the echo carries the caller's schema (as
    /// OpenAI's does); its ReasoningEffort enum lacks <c>"minimal"</c>, which OpenAI accepts and echoes; it requires
    /// JsonSchemaResponseFormat.description (nullable) where OpenAI types it as an optional string, and an unset
    /// description is left out, as OpenAI does.
    /// </summary>
    /// <param name="violation">A violation found by the strict validator.</param>
    /// <returns>Whether it is one of those contradictions.</returns>
    public static bool IsOpenResponsesContradiction(SchemaViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.Spec == ApiSpec.OpenResponses &&
            ((violation.Path.EndsWith("text.format.schema", StringComparison.Ordinal) && violation.Kind == "NullExpected") ||
             (violation.Path.EndsWith("reasoning.effort", StringComparison.Ordinal) && violation.Message.Contains("\"minimal\"", StringComparison.Ordinal)) ||
             (violation.Path.EndsWith("text.format.description", StringComparison.Ordinal) && violation.Kind == "PropertyRequired"));
    }

    /// <summary>Throws unless every event validates against both specs and the stream's lifecycle holds.</summary>
    /// <param name="events">The events, as JSON.</param>
    /// <param name="lifecycle">The lifecycle rules; strict when <see langword="null"/>.</param>
    /// <param name="openResponses">Whether to check the Open Responses spec too (it has no MCP items, for example).</param>
    public static void AssertValidStream(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? lifecycle = null, bool openResponses = true)
    {
        ArgumentNullException.ThrowIfNull(events);
        var violations = new List<SchemaViolation>();
        foreach (JsonElement e in events)
        {
            violations.AddRange(SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI));
            if (openResponses)
            {
                violations.AddRange(SchemaValidator.Strict.ValidateStreamEvent(e, ApiSpec.OpenResponses).Where(v => !IsOpenResponsesContradiction(v)));
            }
        }

        if (violations.Count > 0)
        {
            throw new SchemaValidationException(violations, "stream events");
        }

        StreamLifecycleChecker.AssertValid(events, lifecycle ?? StreamLifecycleOptions.Strict);
    }

    /// <summary>Throws unless the response validates against both specs.</summary>
    /// <param name="response">The response, as JSON.</param>
    /// <param name="openResponses">Whether to check the Open Responses spec too.</param>
    public static void AssertValidResponse(JsonElement response, bool openResponses = true)
    {
        var violations = new List<SchemaViolation>(SchemaValidator.Default.ValidateResponse(response, ApiSpec.OpenAI));
        if (openResponses)
        {
            violations.AddRange(SchemaValidator.Strict.ValidateResponse(response, ApiSpec.OpenResponses).Where(v => !IsOpenResponsesContradiction(v)));
        }

        if (violations.Count > 0)
        {
            throw new SchemaValidationException(violations, "response");
        }
    }
}
