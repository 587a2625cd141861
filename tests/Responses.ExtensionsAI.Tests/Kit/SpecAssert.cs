using System.Text.Json;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests.Kit;

/// <summary>Every response and stream event we emit validates against both specs and the stream lifecycle rules.</summary>
internal static class SpecAssert
{
    public static IReadOnlyList<JsonElement> ValidStream(IEnumerable<ResponseStreamEvent> events, bool openResponses = true)
    {
        List<JsonElement> json = [.. events.Select(e => ResponsesJson.SerializeToElement(e))];
        SpecConformance.AssertValidStream(json, openResponses: openResponses);
        return json;
    }

    public static JsonElement ValidResponse(Response response, bool openResponses = true)
    {
        JsonElement json = ResponsesJson.SerializeToElement(response);
        SpecConformance.AssertValidResponse(json, openResponses);
        return json;
    }
}
