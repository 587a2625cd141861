using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>
/// The checks every translating provider's output passes: each event and response against both specs (OpenAI 2.3.0
/// with its documented real-world deviations, and Open Responses strictly), and the stream's lifecycle.
/// </summary>
internal static class TranslatedOutput
{
    // Where Open Responses 2026-04-24 contradicts OpenAI's wire, the echo follows OpenAI:
    // - JsonSchemaResponseFormat.schema is declared {"type":"null"}, but the echo carries the caller's schema (as OpenAI's does);
    // - its ReasoningEffort enum lacks "minimal", which OpenAI accepts and echoes;
    // - it requires JsonSchemaResponseFormat.description (nullable) where OpenAI types it as a non-null optional string:
    //   an unset description is left out, as OpenAI does.
    private static bool IsSpecDefect(SchemaViolation violation) =>
        violation.Spec == ApiSpec.OpenResponses &&
        ((violation.Path.EndsWith("text.format.schema", StringComparison.Ordinal) && violation.Kind == "NullExpected") ||
         (violation.Path.EndsWith("reasoning.effort", StringComparison.Ordinal) && violation.Message.Contains("\"minimal\"", StringComparison.Ordinal)) ||
         (violation.Path.EndsWith("text.format.description", StringComparison.Ordinal) && violation.Kind == "PropertyRequired"));

    public static void AssertValidStream(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? lifecycle = null)
    {
        var violations = events.SelectMany((e, i) =>
            SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)
                .Concat(SchemaValidator.Strict.ValidateStreamEvent(e, ApiSpec.OpenResponses).Where(v => !IsSpecDefect(v)))
                .Select(v => $"event {i} ({e.GetProperty("type")}): {v}")).ToList();
        violations.Should().BeEmpty();
        StreamLifecycleChecker.AssertValid(events, lifecycle ?? StreamLifecycleOptions.Strict);
    }

    public static void AssertValidResponse(JsonElement response)
    {
        SchemaValidator.Default.ValidateResponse(response, ApiSpec.OpenAI).Should().BeEmpty();
        SchemaValidator.Strict.ValidateResponse(response, ApiSpec.OpenResponses).Where(v => !IsSpecDefect(v)).Should().BeEmpty();
    }

    public static JsonElement Terminal(IReadOnlyList<JsonElement> events) => events[^1].GetProperty("response");
}
