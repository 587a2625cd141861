using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.State;

/// <summary>Checks what the middleware emits against the OpenAI spec and the stream lifecycle rules.</summary>
internal static class Conformance
{
    public static Response Valid(Response response)
    {
        SchemaValidator.Default.AssertValidResponse(ResponsesJson.SerializeToElement(response), ApiSpec.OpenAI);
        return response;
    }

    /// <summary>Each event is schema-valid; a whole stream (from sequence 0) also passes the lifecycle checker.</summary>
    public static IReadOnlyList<ResponseStreamEvent> Valid(IReadOnlyList<ResponseStreamEvent> events, bool wholeStream = true)
    {
        var json = events.Select(e => ResponsesJson.SerializeToElement(e)).ToList();
        foreach (JsonElement e in json)
        {
            SchemaValidator.Default.AssertValidStreamEvent(e, ApiSpec.OpenAI);
        }

        if (wholeStream)
        {
            StreamLifecycleChecker.AssertValid(json);
        }

        return events;
    }

    public static async Task<List<ResponseStreamEvent>> ToListAsync(this IAsyncEnumerable<ResponseStreamEvent> events)
    {
        var list = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent e in events)
        {
            list.Add(e);
        }

        return list;
    }
}
