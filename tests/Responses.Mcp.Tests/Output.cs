using System.Text.Json;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>
/// Runs requests and checks every response and stream event against the OpenAI spec and the stream lifecycle. Not
/// against Open Responses: its 2026-04-24 schema has no <c>mcp</c> tool and no MCP items or events at all.
/// </summary>
internal static class Output
{
    public static async Task<(Response Response, IReadOnlyList<JsonElement> Events)> RunAsync(IResponsesClient client, CreateResponseRequest request, bool stream)
    {
        if (!stream)
        {
            Response response = await client.CreateResponseAsync(request);
            AssertValidResponse(ResponsesJson.SerializeToElement(response));
            return (response, []);
        }

        var events = new List<JsonElement>();
        Response? final = null;
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request))
        {
            events.Add(ResponsesJson.SerializeToElement(e));
            final = e switch
            {
                ResponseCompletedEvent c => c.Response,
                ResponseIncompleteEvent i => i.Response,
                ResponseFailedEvent f => f.Response,
                _ => final,
            };
        }

        var violations = events.SelectMany((e, i) =>
            SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)
                .Select(v => $"event {i} ({e.GetProperty("type")}): {v}")).ToList();
        violations.Should().BeEmpty();
        StreamLifecycleChecker.AssertValid(events, StreamLifecycleOptions.Strict);
        final.Should().NotBeNull();
        AssertValidResponse(ResponsesJson.SerializeToElement(final!));
        return (final!, events);
    }

    public static void AssertValidResponse(JsonElement response) =>
        SchemaValidator.Default.ValidateResponse(response, ApiSpec.OpenAI).Should().BeEmpty();

    public static IEnumerable<string> Types(IReadOnlyList<JsonElement> events) => events.Select(e => e.GetProperty("type").GetString()!);
}
