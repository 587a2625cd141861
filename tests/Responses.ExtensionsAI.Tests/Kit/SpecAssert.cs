using System.Text.Json;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests.Kit;

/// <summary>Every response and stream event we emit validates against both specs and the stream lifecycle rules.</summary>
internal static class SpecAssert
{
    // Where Open Responses contradicts OpenAI's wire, our echo follows OpenAI (same tolerance as the provider tests):
    // json_schema's schema typed null, "minimal" effort, and the nullable-but-required format description.
    private static bool IsSpecDefect(SchemaViolation violation) =>
        violation.Spec == ApiSpec.OpenResponses &&
        ((violation.Path.EndsWith("text.format.schema", StringComparison.Ordinal) && violation.Kind == "NullExpected") ||
         (violation.Path.EndsWith("reasoning.effort", StringComparison.Ordinal) && violation.Message.Contains("\"minimal\"", StringComparison.Ordinal)) ||
         (violation.Path.EndsWith("text.format.description", StringComparison.Ordinal) && violation.Kind == "PropertyRequired"));

    public static IReadOnlyList<JsonElement> ValidStream(IEnumerable<ResponseStreamEvent> events, bool openResponses = true)
    {
        List<JsonElement> json = [.. events.Select(e => ResponsesJson.SerializeToElement(e))];
        var violations = json.SelectMany((e, i) =>
            SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)
                .Concat(openResponses ? SchemaValidator.Strict.ValidateStreamEvent(e, ApiSpec.OpenResponses).Where(v => !IsSpecDefect(v)) : [])
                .Select(v => $"event {i} ({e.GetProperty("type")}): {v}")).ToList();
        violations.Should().BeEmpty();
        StreamLifecycleChecker.AssertValid(json, StreamLifecycleOptions.Strict);
        return json;
    }

    public static JsonElement ValidResponse(Response response, bool openResponses = true)
    {
        JsonElement json = ResponsesJson.SerializeToElement(response);
        SchemaValidator.Default.ValidateResponse(json, ApiSpec.OpenAI).Should().BeEmpty();
        if (openResponses)
        {
            SchemaValidator.Strict.ValidateResponse(json, ApiSpec.OpenResponses).Where(v => !IsSpecDefect(v)).Should().BeEmpty();
        }

        return json;
    }
}
