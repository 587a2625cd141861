using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>A fake Anthropic (Kestrel on 127.0.0.1) and a client pointed at it, with the conformance checks every test applies.</summary>
internal sealed class AnthropicHarness : ProviderHarness<AnthropicResponsesClient>
{
    public const string MessagesPath = "/v1/messages";

    private AnthropicHarness(FakeUpstream upstream, AnthropicResponsesClient client)
        : base(upstream, client)
    {
    }

    public static async Task<AnthropicHarness> StartAsync(Action<AnthropicResponsesClientOptions>? configure = null)
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var options = new AnthropicResponsesClientOptions { ApiKey = "sk-ant-test", Endpoint = upstream.BaseAddress, DefaultModel = "claude-sonnet-4-5" };
        configure?.Invoke(options);
        return new AnthropicHarness(upstream, new AnthropicResponsesClient(options, upstream.CreateClient()));
    }

    public void Reply(params UpstreamReply[] replies) => Upstream.EnqueuePost(MessagesPath, replies);

    public static UpstreamReply Stream(IEnumerable<JsonElement> anthropicEvents) =>
        UpstreamReply.Sse(anthropicEvents.Select(e => new SseFrame(e.GetProperty("type").GetString(), JsonSerializer.Serialize(e))));

    /// <summary>
    /// A response without what legitimately differs between two runs of the same answer: item ids, timestamps,
    /// and the formatting of function arguments (streamed arguments keep the upstream's spacing).
    /// </summary>
    public static JsonNode Normalize(JsonElement response)
    {
        JsonObject node = JsonNode.Parse(response.GetRawText())!.AsObject();
        node.Remove("created_at");
        node.Remove("completed_at");
        foreach (JsonNode? item in node["output"]?.AsArray() ?? [])
        {
            JsonObject o = item!.AsObject();
            o.Remove("id");
            if (o["arguments"] is JsonValue arguments && arguments.TryGetValue(out string? text))
            {
                o["arguments"] = JsonNode.Parse(text)!.ToJsonString();
            }
        }

        return node;
    }
}
