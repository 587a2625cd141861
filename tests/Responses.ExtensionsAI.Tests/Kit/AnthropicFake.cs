using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Anthropic;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests.Kit;

/// <summary>
/// The Anthropic provider against a <see cref="FakeUpstream"/> speaking the Messages API: answers are given as
/// Anthropic message bodies and sent as JSON or, for streaming requests, as Anthropic's SSE events (block
/// starts, deltas, stops, then <c>message_delta</c> with the stop reason and usage).
/// </summary>
internal sealed class AnthropicFake : IAsyncDisposable
{
    public const string MessagesPath = "/v1/messages";

    private AnthropicFake(FakeUpstream upstream, AnthropicResponsesClient client)
    {
        Upstream = upstream;
        Client = client;
    }

    public FakeUpstream Upstream { get; }

    public AnthropicResponsesClient Client { get; }

    public static async Task<AnthropicFake> StartAsync()
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var options = new AnthropicResponsesClientOptions { ApiKey = "sk-ant-test", Endpoint = upstream.BaseAddress, DefaultModel = "claude-sonnet-4-5" };
        return new AnthropicFake(upstream, new AnthropicResponsesClient(options, upstream.CreateClient()));
    }

    /// <summary>Answers the next requests with these message bodies, as JSON or SSE depending on the request's "stream".</summary>
    public void Reply(params string[] messageBodies) => Reply([.. messageBodies.Select(b => (Func<JsonElement, string>)(_ => b))]);

    /// <summary>Answers the next requests with bodies made from each request's JSON (e.g. to call a tool by the name it was given).</summary>
    public void Reply(params Func<JsonElement, string>[] messageBodies)
    {
        var queue = new Queue<Func<JsonElement, string>>(messageBodies);
        Upstream.Route("POST", MessagesPath).Handle(request =>
        {
            string body = queue.Dequeue()(request.Json!.Value);
            bool stream = request.Json is { } json && json.TryGetProperty("stream", out JsonElement s) && s.ValueKind == JsonValueKind.True;
            return stream ? UpstreamReply.Sse(ToSse(body)) : UpstreamReply.Json(body);
        });
    }

    public static string Text(string text, string id = "msg_text", int input = 20, int output = 8) => $$$"""
        {"id":"{{{id}}}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"end_turn","stop_sequence":null,
         "content":[{"type":"text","text":{{{JsonSerializer.Serialize(text)}}}}],"usage":{"input_tokens":{{{input}}},"output_tokens":{{{output}}}}}
        """;

    public static string ToolUse(string toolId, string name, string inputJson, string id = "msg_tool") => $$$"""
        {"id":"{{{id}}}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"tool_use","stop_sequence":null,
         "content":[{"type":"tool_use","id":"{{{toolId}}}","name":"{{{name}}}","input":{{{inputJson}}}}],"usage":{"input_tokens":30,"output_tokens":15}}
        """;

    public async Task<IReadOnlyList<JsonElement>> RequestBodiesAsync(int count) =>
        [.. (await Upstream.WaitForRequestsAsync(count)).Select(r => r.Json!.Value)];

    public static IEnumerable<SseFrame> ToSse(string messageBody)
    {
        JsonObject message = JsonNode.Parse(messageBody)!.AsObject();
        JsonArray content = message["content"]!.AsArray();
        JsonNode usage = message["usage"]!.DeepClone();
        string stopReason = message["stop_reason"]!.GetValue<string>();

        JsonObject start = message.DeepClone().AsObject();
        start["content"] = new JsonArray();
        start["stop_reason"] = null;
        start["usage"] = new JsonObject { ["input_tokens"] = usage["input_tokens"]!.GetValue<int>(), ["output_tokens"] = 1 };
        yield return Frame(new JsonObject { ["type"] = "message_start", ["message"] = start });

        for (int i = 0; i < content.Count; i++)
        {
            JsonObject block = content[i]!.AsObject();
            string type = block["type"]!.GetValue<string>();
            if (type == "text")
            {
                yield return Frame(new JsonObject { ["type"] = "content_block_start", ["index"] = i, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = "" } });
                string text = block["text"]!.GetValue<string>();
                for (int at = 0; at < text.Length; at += 5)
                {
                    yield return Frame(new JsonObject { ["type"] = "content_block_delta", ["index"] = i, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = text.Substring(at, Math.Min(5, text.Length - at)) } });
                }
            }
            else if (type == "thinking")
            {
                yield return Frame(new JsonObject { ["type"] = "content_block_start", ["index"] = i, ["content_block"] = new JsonObject { ["type"] = "thinking", ["thinking"] = "", ["signature"] = "" } });
                yield return Frame(new JsonObject { ["type"] = "content_block_delta", ["index"] = i, ["delta"] = new JsonObject { ["type"] = "thinking_delta", ["thinking"] = block["thinking"]!.GetValue<string>() } });
                yield return Frame(new JsonObject { ["type"] = "content_block_delta", ["index"] = i, ["delta"] = new JsonObject { ["type"] = "signature_delta", ["signature"] = block["signature"]!.GetValue<string>() } });
            }
            else if (type == "tool_use")
            {
                yield return Frame(new JsonObject
                {
                    ["type"] = "content_block_start",
                    ["index"] = i,
                    ["content_block"] = new JsonObject { ["type"] = "tool_use", ["id"] = block["id"]!.GetValue<string>(), ["name"] = block["name"]!.GetValue<string>(), ["input"] = new JsonObject() },
                });
                yield return Frame(new JsonObject { ["type"] = "content_block_delta", ["index"] = i, ["delta"] = new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = block["input"]!.ToJsonString() } });
            }

            yield return Frame(new JsonObject { ["type"] = "content_block_stop", ["index"] = i });
        }

        yield return Frame(new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = stopReason, ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = usage["output_tokens"]!.GetValue<int>() },
        });
        yield return Frame(new JsonObject { ["type"] = "message_stop" });
    }

    private static SseFrame Frame(JsonObject e) => new(e["type"]!.GetValue<string>(), e.ToJsonString());

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return Upstream.DisposeAsync();
    }
}
