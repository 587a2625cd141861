using System.ClientModel;
using System.Text;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>The official OpenAI .NET SDK's <see cref="ChatClient"/> (2.14.0) pointed at the gateway's chat completions.</summary>
public sealed class OpenAIChatSdkTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static ChatClient Client(GatewayHarness gateway, string model) =>
        new(model, new ApiKeyCredential(GatewayHarness.MasterKey), new OpenAIClientOptions { Endpoint = new Uri(gateway.BaseAddress, "v1") });

    [Fact]
    public async Task The_ChatClient_completes_through_the_gateway_with_Anthropic_behind_it()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")));

        ChatCompletion completion = (await Client(gateway, "claude").CompleteChatAsync([new SystemChatMessage("Be brief."), new UserChatMessage("Hello")])).Value;

        completion.Role.Should().Be(ChatMessageRole.Assistant);
        completion.Content.Should().ContainSingle().Which.Text.Should().StartWith("Hello! I'm doing well");
        completion.FinishReason.Should().Be(ChatFinishReason.Stop);
        completion.Usage.InputTokenCount.Should().Be(12);
        completion.Usage.OutputTokenCount.Should().Be(29);
        completion.Usage.TotalTokenCount.Should().Be(41);
        completion.Id.Should().StartWith("chatcmpl-");
    }

    [Fact]
    public async Task The_ChatClient_streams_text_and_gets_the_usage_it_asks_for_at_the_end()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));

        var text = new StringBuilder();
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;
        await foreach (StreamingChatCompletionUpdate update in Client(gateway, "claude").CompleteChatStreamingAsync(
            [new UserChatMessage("Hello")]))
        {
            text.AppendJoin(string.Empty, update.ContentUpdate.Select(p => p.Text));
            finish ??= update.FinishReason;
            usage ??= update.Usage;
        }

        text.ToString().Should().Be("Hello there!");
        finish.Should().Be(ChatFinishReason.Stop);
        usage.Should().NotBeNull();
        usage!.InputTokenCount.Should().Be(11);
        usage.OutputTokenCount.Should().Be(6);
    }

    [Fact]
    public async Task A_stream_cut_upstream_reaches_the_ChatClient_as_updates_that_never_finish()
    {
        // The error line ({"error": …}, OpenAI's own shape) is raised by OpenAI's Python SDK; the .NET SDK 2.14 reads it
        // as an empty update, so its users see a stream without a finish reason (docs/gateway.md says so).
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt").Take(4)));

        var updates = new List<StreamingChatCompletionUpdate>();
        await foreach (StreamingChatCompletionUpdate update in Client(gateway, "claude").CompleteChatStreamingAsync([new UserChatMessage("Hello")]))
        {
            updates.Add(update);
        }

        string.Concat(updates.SelectMany(u => u.ContentUpdate).Select(p => p.Text)).Should().Be("Hello");
        updates.Should().OnlyContain(u => u.FinishReason == null);
    }

    [Fact]
    public async Task A_tool_call_and_its_result_make_two_turns_that_reach_Anthropic_as_tool_use_and_tool_result()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json("""
                {"id":"msg_01","type":"message","role":"assistant","model":"claude-3-opus-latest",
                 "content":[{"type":"text","text":"Let me look."},{"type":"tool_use","id":"toolu_01A","name":"get_weather","input":{"location":"Paris"}}],
                 "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":40,"output_tokens":20}}
                """),
            UpstreamReply.Json("""
                {"id":"msg_02","type":"message","role":"assistant","model":"claude-3-opus-latest",
                 "content":[{"type":"text","text":"It is 18°C in Paris."}],
                 "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":70,"output_tokens":9}}
                """));
        ChatClient client = Client(gateway, "claude");
        var options = new ChatCompletionOptions
        {
            Tools = { ChatTool.CreateFunctionTool("get_weather", "The weather in a city.", BinaryData.FromString("""{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}""")) },
        };
        List<OpenAI.Chat.ChatMessage> messages = [new UserChatMessage("Weather in Paris?")];

        ChatCompletion first = (await client.CompleteChatAsync(messages, options)).Value;

        first.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        first.Content.Should().ContainSingle().Which.Text.Should().Be("Let me look.");
        ChatToolCall call = first.ToolCalls.Should().ContainSingle().Subject;
        call.Id.Should().Be("toolu_01A");
        call.FunctionName.Should().Be("get_weather");
        JsonDocument.Parse(call.FunctionArguments.ToString()).RootElement.GetProperty("location").GetString().Should().Be("Paris");

        messages.Add(new AssistantChatMessage(first));
        messages.Add(new ToolChatMessage(call.Id, """{"celsius":18}"""));
        ChatCompletion second = (await client.CompleteChatAsync(messages, options)).Value;

        second.FinishReason.Should().Be(ChatFinishReason.Stop);
        second.Content.Should().ContainSingle().Which.Text.Should().Be("It is 18°C in Paris.");
        JsonElement upstream = (await gateway.Anthropic.WaitForRequestsAsync(2))[1].Json!.Value;
        JsonElement[] turns = [.. upstream.GetProperty("messages").EnumerateArray()];
        turns.Select(t => t.GetProperty("role").GetString()).Should().Equal("user", "assistant", "user");
        JsonElement toolUse = turns[1].GetProperty("content").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "tool_use");
        toolUse.GetProperty("id").GetString().Should().Be("toolu_01A");
        toolUse.GetProperty("input").GetProperty("location").GetString().Should().Be("Paris");
        JsonElement toolResult = turns[2].GetProperty("content").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "tool_result");
        toolResult.GetProperty("tool_use_id").GetString().Should().Be("toolu_01A");
        toolResult.GetRawText().Should().Contain("celsius");
    }

    [Fact]
    public async Task A_json_schema_response_format_reaches_OpenAI_as_a_json_schema_text_format()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json("""
            {"id":"resp_js1","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.3-codex",
             "output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant",
               "content":[{"type":"output_text","text":"{\"city\":\"Paris\",\"celsius\":18}","annotations":[]}]}],
             "usage":{"input_tokens":30,"input_tokens_details":{"cached_tokens":10},"output_tokens":12,"output_tokens_details":{"reasoning_tokens":4},"total_tokens":42}}
            """));
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("weather",
                BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"},"celsius":{"type":"number"}},"required":["city","celsius"],"additionalProperties":false}"""),
                jsonSchemaIsStrict: true),
        };

        ChatCompletion completion = (await Client(gateway, "gpt").CompleteChatAsync([new UserChatMessage("Weather in Paris as JSON")], options)).Value;

        JsonDocument.Parse(completion.Content[0].Text).RootElement.GetProperty("celsius").GetInt32().Should().Be(18);
        completion.Usage.InputTokenDetails.CachedTokenCount.Should().Be(10);
        completion.Usage.OutputTokenDetails.ReasoningTokenCount.Should().Be(4);
        JsonElement format = (await gateway.OpenAI.WaitForRequestsAsync(1))[0].Json!.Value.GetProperty("text").GetProperty("format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("name").GetString().Should().Be("weather");
        format.GetProperty("strict").GetBoolean().Should().BeTrue();
        format.GetProperty("schema").GetProperty("required").GetArrayLength().Should().Be(2);
    }
}
