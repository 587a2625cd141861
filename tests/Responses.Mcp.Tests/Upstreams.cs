using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Providers.ChatCompletions;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>Fake Anthropic and chat-completions upstreams (their real wire format) that call an MCP tool, then answer.</summary>
internal static class Upstreams
{
    public const string AnthropicPath = "/v1/messages";
    public const string ChatPath = "/v1/chat/completions";

    public static AnthropicResponsesClient Anthropic(FakeUpstream upstream) =>
        new(new AnthropicResponsesClientOptions { ApiKey = "sk-ant-test", Endpoint = upstream.BaseAddress, DefaultModel = "claude-sonnet-4-5" }, upstream.CreateClient());

    public static ChatCompletionsResponsesClient Chat(FakeUpstream upstream) =>
        new(new ChatCompletionsResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(upstream.BaseAddress, "v1/"), DefaultModel = "gpt-4o-mini" }, upstream.CreateClient());

    public static UpstreamReply AnthropicToolUse(string id, string name, string inputJson, bool stream) => stream
        ? AnthropicStream(
            Fill("""{"type":"message_start","message":{"id":"msg_@0","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}""", id),
            Fill("""{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"@0","name":"@1","input":{}}}""", id, name),
            Fill("""{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":@0}}""", JsonSerializer.Serialize(inputJson)),
            """{"type":"content_block_stop","index":0}""",
            """{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":5}}""",
            """{"type":"message_stop"}""")
        : UpstreamReply.Json(Fill("""{"id":"msg_@0","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"tool_use","id":"@0","name":"@1","input":@2}],"stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":5}}""", id, name, inputJson));

    public static UpstreamReply AnthropicText(string text, bool stream) => stream
        ? AnthropicStream(
            """{"type":"message_start","message":{"id":"msg_t","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":20,"output_tokens":1}}}""",
            """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""",
            Fill("""{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":@0}}""", JsonSerializer.Serialize(text)),
            """{"type":"content_block_stop","index":0}""",
            """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3}}""",
            """{"type":"message_stop"}""")
        : UpstreamReply.Json(Fill("""{"id":"msg_t","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":@0}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":20,"output_tokens":3}}""", JsonSerializer.Serialize(text)));

    public static UpstreamReply ChatToolCall(string id, string name, string arguments, bool stream) => stream
        ? ChatStream(
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":null},"finish_reason":null}]}""",
            Fill("""{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"@0","type":"function","function":{"name":"@1","arguments":""}}]},"finish_reason":null}]}""", id, name),
            Fill("""{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":@0}}]},"finish_reason":null}]}""", JsonSerializer.Serialize(arguments)),
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""")
        : UpstreamReply.Json(Fill("""{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"@0","type":"function","function":{"name":"@1","arguments":@2}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}""", id, name, JsonSerializer.Serialize(arguments)));

    public static UpstreamReply ChatText(string text, bool stream) => stream
        ? ChatStream(
            Fill("""{"id":"c2","object":"chat.completion.chunk","created":2,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":@0},"finish_reason":null}]}""", JsonSerializer.Serialize(text)),
            """{"id":"c2","object":"chat.completion.chunk","created":2,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""")
        : UpstreamReply.Json(Fill("""{"id":"c2","object":"chat.completion","created":2,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":@0},"finish_reason":"stop"}],"usage":{"prompt_tokens":20,"completion_tokens":3,"total_tokens":23}}""", JsonSerializer.Serialize(text)));

    private static string Fill(string template, params string[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            template = template.Replace($"@{i}", values[i], StringComparison.Ordinal);
        }

        return template;
    }

    private static UpstreamReply AnthropicStream(params string[] events) =>
        UpstreamReply.Sse(events.Select(e => new SseFrame(JsonDocument.Parse(e).RootElement.GetProperty("type").GetString(), e)));

    private static UpstreamReply ChatStream(params string[] chunks) =>
        UpstreamReply.Sse(chunks.Select(SseFrame.FromData)).WithDoneSentinel();
}
