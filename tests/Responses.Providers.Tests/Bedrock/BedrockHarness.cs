using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Bedrock;
using Responses.Providers.Bedrock.Auth;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

/// <summary>A fake Bedrock runtime (Kestrel on 127.0.0.1) and a client pointed at it, with the conformance checks every test applies.</summary>
internal sealed class BedrockHarness : ProviderHarness<BedrockResponsesClient>
{
    public const string Model = "anthropic.claude-3-haiku-20240307-v1:0";
    public const string ConversePath = "/model/{model}/converse";
    public const string StreamPath = "/model/{model}/converse-stream";

    private BedrockHarness(FakeUpstream upstream, BedrockResponsesClient client)
        : base(upstream, client)
    {
    }

    public static async Task<BedrockHarness> StartAsync(Action<BedrockResponsesClientOptions>? configure = null)
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var options = new BedrockResponsesClientOptions
        {
            Region = "us-east-1",
            Endpoint = upstream.BaseAddress,
            ApiKey = null,
            Credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "fixture-session-token"),
            DefaultModel = Model,
        };
        configure?.Invoke(options);
        return new BedrockHarness(upstream, new BedrockResponsesClient(options, upstream.CreateClient()));
    }

    public void ReplyConverse(params UpstreamReply[] replies) => Upstream.Route("POST", ConversePath).Enqueue(replies);

    public void ReplyStream(params UpstreamReply[] replies) => Upstream.Route("POST", StreamPath).Enqueue(replies);

    public static UpstreamReply Frames(IEnumerable<byte[]> frames) => UpstreamReply.Bytes(EventStreamEncoder.ContentType, frames.ToArray());

    public static UpstreamReply Chunks(IEnumerable<JsonElement> chunks) => Frames(chunks.Select(EventStreamEncoder.FromChunk));

    /// <summary>A response without what legitimately differs between two runs: ids, timestamps, argument spacing.</summary>
    public static JsonNode Normalize(JsonElement response)
    {
        JsonObject node = JsonNode.Parse(response.GetRawText())!.AsObject();
        node.Remove("id");
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
