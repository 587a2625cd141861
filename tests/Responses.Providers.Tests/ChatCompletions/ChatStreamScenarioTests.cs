using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Responses.Providers.ChatCompletions;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>Answers of the shapes compatible servers produce, streamed as they stream them and sent as bodies: both must give valid, equal responses.</summary>
public class ChatStreamScenarioTests
{
    private const string ChunkHead = """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":""";

    private const string BodyHead = """{"id":"chatcmpl-s","object":"chat.completion","created":5,"model":"m","choices":[{"index":0,"message":""";

    private const string BodyTail = """],"usage":{"prompt_tokens":4,"completion_tokens":6,"total_tokens":10,"completion_tokens_details":{"reasoning_tokens":2}}}""";

    private static string Chunk(string delta, string? finish = null) =>
        ChunkHead + delta + ",\"finish_reason\":" + (finish is null ? "null" : "\"" + finish + "\"") + "}]}";

    private static string Body(string message, string finish) =>
        BodyHead + message + ",\"finish_reason\":\"" + finish + "\"}" + BodyTail;

    private const string Usage = """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":5,"model":"m","choices":[],"usage":{"prompt_tokens":4,"completion_tokens":6,"total_tokens":10,"completion_tokens_details":{"reasoning_tokens":2}}}""";

    public static TheoryData<string> Scenarios => new(Cases.Keys);

    private static readonly Dictionary<string, (string[] Stream, string Body)> Cases = new()
    {
        // Parallel calls whose fragments interleave by index (name and id in each call's first fragment).
        ["parallel interleaved tool calls"] = (
            [
                Chunk("""{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]}"""),
                Chunk("""{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":"{\"zone\""}}]}"""),
                Chunk("""{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":\"Paris\"}"}}]}"""),
                Chunk("""{"tool_calls":[{"index":1,"function":{"arguments":":\"CET\"}"}}]}"""),
                Chunk("{}", "tool_calls"),
                Usage,
            ],
            Body("""{"role":"assistant","content":null,"tool_calls":[{"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_b","type":"function","function":{"name":"get_time","arguments":"{\"zone\":\"CET\"}"}}]}""", "tool_calls")),

        // Servers that send whole calls without an index (some Ollama and Gemini-compatible versions).
        ["whole tool calls without index"] = (
            [
                Chunk("""{"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"a","arguments":"{}"}},{"id":"call_2","type":"function","function":{"name":"b","arguments":"{\"x\":1}"}}]}"""),
                Chunk("{}", "tool_calls"),
                Usage,
            ],
            Body("""{"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"a","arguments":"{}"}},{"id":"call_2","type":"function","function":{"name":"b","arguments":"{\"x\":1}"}}]}""", "tool_calls")),

        ["reasoning field, text, tool call"] = (
            [
                Chunk("""{"role":"assistant","reasoning":"Need the "}"""),
                Chunk("""{"reasoning":"weather."}"""),
                Chunk("""{"content":"Let me check."}"""),
                Chunk("""{"tool_calls":[{"index":0,"id":"call_w","type":"function","function":{"name":"get_weather","arguments":"{}"}}]}"""),
                Chunk("{}", "tool_calls"),
                Usage,
            ],
            Body("""{"role":"assistant","reasoning":"Need the weather.","content":"Let me check.","tool_calls":[{"id":"call_w","type":"function","function":{"name":"get_weather","arguments":"{}"}}]}""", "tool_calls")),

        ["refusal"] = (
            [Chunk("""{"role":"assistant","content":null,"refusal":"I can't"}"""), Chunk("""{"refusal":" help with that."}"""), Chunk("{}", "stop"), Usage],
            Body("""{"role":"assistant","content":null,"refusal":"I can't help with that."}""", "stop")),

        ["content filter"] = (
            [Chunk("""{"role":"assistant","content":"Once upon"}"""), Chunk("{}", "content_filter"), Usage],
            Body("""{"role":"assistant","content":"Once upon"}""", "content_filter")),

        ["logprobs"] = (
            [
                ChunkHead + """{"role":"assistant","content":"Hi"},"logprobs":{"content":[{"token":"Hi","logprob":-0.1,"bytes":[72,105],"top_logprobs":[{"token":"Hi","logprob":-0.1,"bytes":[72,105]},{"token":"Hey","logprob":-2.5,"bytes":[72,101,121]}]}]},"finish_reason":null}]}""",
                ChunkHead + """{"content":"!"},"logprobs":{"content":[{"token":"!","logprob":-0.01,"bytes":[33],"top_logprobs":[]}]},"finish_reason":null}]}""",
                Chunk("{}", "stop"),
                Usage,
            ],
            BodyHead + """{"role":"assistant","content":"Hi!"},"logprobs":{"content":[{"token":"Hi","logprob":-0.1,"bytes":[72,105],"top_logprobs":[{"token":"Hi","logprob":-0.1,"bytes":[72,105]},{"token":"Hey","logprob":-2.5,"bytes":[72,101,121]}]},{"token":"!","logprob":-0.01,"bytes":[33],"top_logprobs":[]}]},"finish_reason":"stop"}""" + BodyTail),

        ["url citations"] = (
            [
                Chunk("""{"role":"assistant","content":"The sky "}"""),
                Chunk("""{"content":"is blue."}"""),
                Chunk("""{"annotations":[{"type":"url_citation","url_citation":{"start_index":4,"end_index":15,"title":"Sky","url":"https://example.com/sky"}}]}"""),
                Chunk("{}", "stop"),
                Usage,
            ],
            Body("""{"role":"assistant","content":"The sky is blue.","annotations":[{"type":"url_citation","url_citation":{"start_index":4,"end_index":15,"title":"Sky","url":"https://example.com/sky"}}]}""", "stop")),

        ["mistral thinking parts"] = (
            [
                Chunk("""{"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Hmm."}]}]}"""),
                Chunk("""{"content":[{"type":"text","text":"Answer"}]}"""),
                Chunk("{}", "stop"),
                Usage,
            ],
            Body("""{"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Hmm."}]},{"type":"text","text":"Answer"}]}""", "stop")),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Streamed_and_body_forms_give_valid_equal_responses(string scenario)
    {
        (string[] stream, string body) = Cases[scenario];
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream(stream), UpstreamReply.Json(body));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement response = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        ChatHarness.AssertSameResponse(TranslatedOutput.Terminal(events), response);
        string[] types = [.. response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("type").GetString()!)];
        JsonElement output = response.GetProperty("output");
        switch (scenario)
        {
            case "parallel interleaved tool calls":
                types.Should().Equal("function_call", "function_call");
                output[0].GetProperty("arguments").GetString().Should().Be("{\"city\":\"Paris\"}");
                output[1].GetProperty("arguments").GetString().Should().Be("{\"zone\":\"CET\"}");
                break;
            case "whole tool calls without index":
                types.Should().Equal("function_call", "function_call");
                output[1].GetProperty("call_id").GetString().Should().Be("call_2");
                break;
            case "reasoning field, text, tool call":
                types.Should().Equal("reasoning", "message", "function_call");
                output[0].GetProperty("summary")[0].GetProperty("text").GetString().Should().Be("Need the weather.");
                response.GetProperty("usage").GetProperty("output_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(2);
                break;
            case "refusal":
                output[0].GetProperty("content")[0].GetProperty("type").GetString().Should().Be("refusal");
                output[0].GetProperty("content")[0].GetProperty("refusal").GetString().Should().Be("I can't help with that.");
                break;
            case "content filter":
                response.GetProperty("status").GetString().Should().Be("incomplete");
                response.GetProperty("incomplete_details").GetProperty("reason").GetString().Should().Be("content_filter");
                break;
            case "logprobs":
                JsonElement logprobs = output[0].GetProperty("content")[0].GetProperty("logprobs");
                logprobs.GetArrayLength().Should().Be(2);
                logprobs[0].GetProperty("top_logprobs")[1].GetProperty("token").GetString().Should().Be("Hey");
                break;
            case "url citations":
                JsonElement annotation = output[0].GetProperty("content")[0].GetProperty("annotations")[0];
                annotation.GetProperty("type").GetString().Should().Be("url_citation");
                annotation.GetProperty("url").GetString().Should().Be("https://example.com/sky");
                annotation.GetProperty("end_index").GetInt32().Should().Be(15);
                break;
            case "mistral thinking parts":
                types.Should().Equal("reasoning", "message");
                break;
        }
    }

    [Fact]
    public async Task A_tool_loop_sends_calls_and_outputs_back_and_completes()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(
            UpstreamReply.Json(Body("""{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]}""", "tool_calls")),
            ChatHarness.Stream(Chunk("""{"role":"assistant","content":"Paris 18C, Rome 21C."}"""), Chunk("{}", "stop"), Usage));
        var tools = new List<ResponseTool> { new FunctionTool { Name = "get_weather", Parameters = Fixtures.ParseElement("""{"type":"object","properties":{"city":{"type":"string"}}}""") } };
        var input = new List<ResponseItem> { new MessageItem { Role = MessageRole.User, Content = "Weather in Paris and Rome?" } };

        Response first = await harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = input, Tools = tools });
        first.Output.Should().HaveCount(2).And.AllBeOfType<FunctionCallItem>();
        input.AddRange(first.Output);
        foreach (FunctionCallItem call in first.Output.Cast<FunctionCallItem>())
        {
            input.Add(new FunctionCallOutputItem { CallId = call.CallId, Output = call.Arguments!.Contains("Paris", StringComparison.Ordinal) ? "18C" : "21C" });
        }

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = input, Tools = tools });

        TranslatedOutput.Terminal(events).GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Paris 18C, Rome 21C.");
        JsonElement second = (await harness.Upstream.WaitForRequestsAsync(2))[1].Json!.Value;
        JsonAssert.Equal(
            """
            [{"role":"user","content":"Weather in Paris and Rome?"},
             {"role":"assistant","content":null,"tool_calls":[
               {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
               {"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]},
             {"role":"tool","tool_call_id":"call_1","content":"18C"},
             {"role":"tool","tool_call_id":"call_2","content":"21C"}]
            """,
            second.GetProperty("messages").GetRawText());
    }

    [Fact]
    public async Task Dependency_injection_registers_the_client_with_its_options()
    {
        var services = new ServiceCollection();
        services.AddChatCompletionsResponsesClient(o =>
        {
            o.Endpoint = new Uri("http://localhost:8000/v1/");
            o.DefaultModel = "qwen3";
            o.ProviderName = "hosted_vllm";
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        IResponsesClient client = provider.GetRequiredService<IResponsesClient>();
        ResponsesClientMetadata metadata = client.GetService<ResponsesClientMetadata>()!;
        metadata.ProviderName.Should().Be("hosted_vllm");
        metadata.ProviderUri.Should().Be(new Uri("http://localhost:8000/v1/"));
        metadata.DefaultModelId.Should().Be("qwen3");
        client.GetService<ChatCompletionsResponsesClient>()!.CompletionsUri.Should().Be(new Uri("http://localhost:8000/v1/chat/completions"));
    }
}
