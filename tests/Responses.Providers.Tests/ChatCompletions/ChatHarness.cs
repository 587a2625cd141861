using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.ChatCompletions;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>A fake OpenAI-compatible server (Kestrel on 127.0.0.1) and a chat completions client pointed at it, with the conformance checks every test applies.</summary>
internal sealed class ChatHarness : ProviderHarness<ChatCompletionsResponsesClient>
{
    public const string CompletionsPath = "/v1/chat/completions";

    private ChatHarness(FakeUpstream upstream, ChatCompletionsResponsesClient client)
        : base(upstream, client)
    {
    }

    public static async Task<ChatHarness> StartAsync(Action<ChatCompletionsResponsesClientOptions>? configure = null)
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var options = new ChatCompletionsResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(upstream.BaseAddress, "v1/"), DefaultModel = "gpt-4o-mini" };
        configure?.Invoke(options);
        return new ChatHarness(upstream, new ChatCompletionsResponsesClient(options, upstream.CreateClient()));
    }

    public void Reply(params UpstreamReply[] replies) => Upstream.EnqueuePost(CompletionsPath, replies);

    /// <summary>Chunks as an OpenAI stream: one data-only frame each, then <c>[DONE]</c>.</summary>
    public static UpstreamReply Stream(IEnumerable<JsonElement> chunks, bool done = true)
    {
        UpstreamReply reply = UpstreamReply.Sse(chunks.Select(c => SseFrame.FromData(JsonSerializer.Serialize(c))));
        return done ? reply.WithDoneSentinel() : reply;
    }

    public static UpstreamReply Stream(params string[] chunks) => Stream(chunks.Select(Fixtures.ParseElement));

    /// <summary>A response without what legitimately differs between two runs of the same answer: item ids, timestamps, argument formatting.</summary>
    public static JsonNode Normalize(JsonElement response)
    {
        JsonObject node = JsonNode.Parse(response.GetRawText())!.AsObject();
        node.Remove("created_at");
        node.Remove("completed_at");
        foreach (JsonNode? item in node["output"]?.AsArray() ?? [])
        {
            JsonObject o = item!.AsObject();
            o.Remove("id");
            if (o["arguments"] is JsonValue arguments && arguments.TryGetValue(out string? text) && text.Length > 0)
            {
                o["arguments"] = JsonNode.Parse(text)!.ToJsonString();
            }
        }

        return node;
    }

    public static void AssertSameResponse(JsonElement streamed, JsonElement body) =>
        JsonNode.DeepEquals(Normalize(streamed), Normalize(body)).Should().BeTrue(
            "the streamed response\n{0}\nshould equal the body response\n{1}", Normalize(streamed).ToJsonString(), Normalize(body).ToJsonString());
}
