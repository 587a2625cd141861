using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Gemini;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>A fake Gemini API (Kestrel on 127.0.0.1) and a client pointed at it, with the conformance checks every test applies.</summary>
internal sealed class GeminiHarness : ProviderHarness<GeminiResponsesClient>
{
    public const string GeneratePath = "/v1beta/models/{model}:generateContent";
    public const string StreamPath = "/v1beta/models/{model}:streamGenerateContent";

    private GeminiHarness(FakeUpstream upstream, GeminiResponsesClient client)
        : base(upstream, client)
    {
    }

    public static async Task<GeminiHarness> StartAsync(Action<GeminiResponsesClientOptions>? configure = null)
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var options = new GeminiResponsesClientOptions { ApiKey = "gemini-test-key", Endpoint = upstream.BaseAddress, DefaultModel = "gemini-2.5-flash" };
        configure?.Invoke(options);
        return new GeminiHarness(upstream, new GeminiResponsesClient(options, upstream.CreateClient()));
    }

    /// <summary>Queues replies of the non-streaming endpoint.</summary>
    public void ReplyBody(params UpstreamReply[] replies) => Upstream.Route("POST", GeneratePath).Enqueue(replies);

    /// <summary>Queues replies of the streaming endpoint.</summary>
    public void ReplyStream(params UpstreamReply[] replies) => Upstream.Route("POST", StreamPath).Enqueue(replies);

    /// <summary>An SSE reply of GenerateContentResponse chunks, as <c>alt=sse</c> sends them (data only).</summary>
    public static UpstreamReply Stream(IEnumerable<JsonElement> chunks) =>
        UpstreamReply.Sse(chunks.Select(c => SseFrame.FromData(JsonSerializer.Serialize(c))));

    /// <summary>A response without what differs between two runs of the same answer: item ids, generated call ids, timestamps.</summary>
    public static JsonNode Normalize(JsonElement response)
    {
        JsonObject node = JsonNode.Parse(response.GetRawText())!.AsObject();
        node.Remove("created_at");
        node.Remove("completed_at");
        foreach (JsonNode? item in node["output"]?.AsArray() ?? [])
        {
            JsonObject o = item!.AsObject();
            o.Remove("id");
            if (o["call_id"] is JsonValue callId && callId.GetValue<string>().StartsWith("call_gemini_", StringComparison.Ordinal))
            {
                o["call_id"] = "call_gemini_*";
            }
        }

        return node;
    }

    public static void AssertSame(JsonElement streamed, JsonElement body) =>
        JsonNode.DeepEquals(Normalize(streamed), Normalize(body)).Should().BeTrue(
            "the streamed response\n{0}\nshould equal the body response\n{1}", Normalize(streamed).ToJsonString(), Normalize(body).ToJsonString());
}
