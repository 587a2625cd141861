using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>Golden request bodies: each Responses request and the exact chat completions body the fake server received.</summary>
public class ChatRequestMappingTests
{
    private const string Answer = """{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    [Fact]
    public async Task Instructions_system_and_developer_messages_become_system_messages_in_order()
    {
        await Golden(
            """
            {"model":"gpt-4o","instructions":"Be brief.","input":[
              {"type":"message","role":"system","content":"You are a pirate."},
              {"role":"user","content":"Hi"},
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Answer in French."}]}
            ]}
            """,
            """
            {"model":"gpt-4o","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"system","content":"You are a pirate."},
              {"role":"user","content":"Hi"},
              {"role":"system","content":"Answer in French."}]}
            """);
    }

    [Fact]
    public async Task A_string_input_is_one_user_message_and_the_default_model_applies()
    {
        await Golden("""{"input":"Hello"}""", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}""");
    }

    [Fact]
    public async Task User_parts_images_files_and_audio_become_content_parts()
    {
        await Golden(
            """
            {"model":"gpt-4o","input":[{"role":"user","content":[
              {"type":"input_text","text":"What is this?"},
              {"type":"input_image","image_url":"https://example.com/cat.png","detail":"high"},
              {"type":"input_image","image_url":"data:image/jpeg;base64,/9j/4AAQ"},
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0x","filename":"a.pdf"},
              {"type":"input_file","file_id":"file-abc"},
              {"type":"input_audio","input_audio":{"data":"UklGR","format":"wav"}}
            ]}]}
            """,
            """
            {"model":"gpt-4o","messages":[{"role":"user","content":[
              {"type":"text","text":"What is this?"},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"high"}},
              {"type":"image_url","image_url":{"url":"data:image/jpeg;base64,/9j/4AAQ"}},
              {"type":"file","file":{"file_data":"data:application/pdf;base64,JVBERi0x","filename":"a.pdf"}},
              {"type":"file","file":{"file_id":"file-abc"}},
              {"type":"input_audio","input_audio":{"data":"UklGR","format":"wav"}}]}]}
            """);
    }

    [Fact]
    public async Task Assistant_history_calls_merged_and_outputs_as_tool_messages()
    {
        await Golden(
            """
            {"model":"gpt-4o","input":[
              {"role":"user","content":"Weather in Paris and Rome?"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Checking.","annotations":[]}]},
              {"type":"function_call","call_id":"call_a","name":"get_weather","arguments":"{\"city\":\"Paris\"}"},
              {"type":"function_call","call_id":"call_b","name":"get_weather","arguments":""},
              {"type":"function_call_output","call_id":"call_a","output":"18C"},
              {"type":"function_call_output","call_id":"call_b","output":[{"type":"input_text","text":"21"},{"type":"input_text","text":"C"}]},
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Dropped by default."}]},
              {"type":"function_call","call_id":"call_c","name":"get_time","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_c","output":"noon"}
            ]}
            """,
            """
            {"model":"gpt-4o","messages":[
              {"role":"user","content":"Weather in Paris and Rome?"},
              {"role":"assistant","content":"Checking.","tool_calls":[
                {"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
                {"id":"call_b","type":"function","function":{"name":"get_weather","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_a","content":"18C"},
              {"role":"tool","tool_call_id":"call_b","content":"21C"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_c","type":"function","function":{"name":"get_time","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_c","content":"noon"}]}
            """);
    }

    [Fact]
    public async Task Reasoning_goes_back_as_reasoning_content_when_enabled()
    {
        await Golden(
            """
            {"model":"deepseek-reasoner","input":[
              {"role":"user","content":"Hi"},
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Think first."}]},
              {"type":"function_call","call_id":"call_a","name":"now","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_a","output":"noon"},
              {"type":"reasoning","id":"rs_2","summary":[{"type":"summary_text","text":"Then answer."}]},
              {"type":"message","role":"assistant","content":"It is noon."},
              {"role":"user","content":"Thanks"}
            ]}
            """,
            """
            {"model":"deepseek-reasoner","messages":[
              {"role":"user","content":"Hi"},
              {"role":"assistant","content":null,"reasoning_content":"Think first.","tool_calls":[{"id":"call_a","type":"function","function":{"name":"now","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_a","content":"noon"},
              {"role":"assistant","content":"It is noon.","reasoning_content":"Then answer."},
              {"role":"user","content":"Thanks"}]}
            """,
            o => o.SendReasoningContent = true);
    }

    [Fact]
    public async Task Tools_tool_choice_parallel_calls_and_sampling()
    {
        await Golden(
            """
            {"model":"gpt-4o","input":"Hi","tools":[
              {"type":"function","name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}},"strict":true},
              {"type":"function","name":"now"}],
             "tool_choice":{"type":"function","name":"get_weather"},"parallel_tool_calls":false,
             "temperature":0.2,"top_p":0.9,"presence_penalty":0.5,"frequency_penalty":0.1,"max_output_tokens":100,
             "user":"u1","safety_identifier":"hash-1","reasoning":{"effort":"low"},"stop":["END"],"seed":7,"metadata":{"k":"v"},"store":true,"top_logprobs":3}
            """,
            """
            {"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}],
             "tools":[
               {"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}},"strict":true}},
               {"type":"function","function":{"name":"now"}}],
             "tool_choice":{"type":"function","function":{"name":"get_weather"}},"parallel_tool_calls":false,
             "max_completion_tokens":100,"temperature":0.2,"top_p":0.9,"presence_penalty":0.5,"frequency_penalty":0.1,
             "logprobs":true,"top_logprobs":3,"reasoning_effort":"low","user":"hash-1","stop":["END"],"seed":7}
            """);
    }

    [Fact]
    public async Task Allowed_tools_sends_only_the_allowed_functions_and_no_tools_means_no_tool_choice()
    {
        await Golden(
            """
            {"model":"gpt-4o","input":"Hi","tools":[{"type":"function","name":"a"},{"type":"function","name":"b"}],
             "tool_choice":{"type":"allowed_tools","mode":"required","tools":[{"type":"function","name":"b"}]}}
            """,
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"b"}}],"tool_choice":"required"}""");
        await Golden(
            """{"model":"gpt-4o","input":"Hi","tool_choice":"required","parallel_tool_calls":true}""",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}""");
    }

    [Fact]
    public async Task Json_schema_and_json_object_formats_become_response_format()
    {
        await Golden(
            """{"model":"gpt-4o","input":"Hi","text":{"format":{"type":"json_schema","name":"person","description":"A person","schema":{"type":"object","properties":{"name":{"type":"string"}}},"strict":true}}}""",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}],"response_format":{"type":"json_schema","json_schema":{"name":"person","description":"A person","schema":{"type":"object","properties":{"name":{"type":"string"}}},"strict":true}}}""");
        await Golden(
            """{"model":"gpt-4o","input":"Hi","text":{"format":{"type":"json_object"}}}""",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}],"response_format":{"type":"json_object"}}""");
        await Golden(
            """{"model":"gpt-4o","input":"Hi","text":{"format":{"type":"text"}}}""",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}""");
    }

    [Fact]
    public async Task Legacy_max_tokens_setting_and_no_reasoning_effort_setting()
    {
        await Golden(
            """{"model":"llama3","input":"Hi","max_output_tokens":50,"reasoning":{"effort":"high"}}""",
            """{"model":"llama3","messages":[{"role":"user","content":"Hi"}],"max_tokens":50}""",
            o =>
            {
                o.UseLegacyMaxTokens = true;
                o.SendReasoningEffort = false;
            });
    }

    [Fact]
    public async Task Streaming_asks_for_usage_unless_turned_off()
    {
        const string Chunks = """{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}""";
        await using (ChatHarness harness = await ChatHarness.StartAsync())
        {
            harness.Reply(ChatHarness.Stream(Chunks));
            await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
            JsonAssert.Equal(
                """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"stream":true,"stream_options":{"include_usage":true}}""",
                (await harness.LastRequestBodyAsync()).GetRawText());
        }

        await using (ChatHarness harness = await ChatHarness.StartAsync(o => o.IncludeStreamUsage = false))
        {
            harness.Reply(ChatHarness.Stream(Chunks));
            await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
            JsonAssert.Equal("""{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"stream":true}""", (await harness.LastRequestBodyAsync()).GetRawText());
        }
    }

    [Fact]
    public async Task Headers_key_path_and_query_are_sent()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync(o =>
        {
            o.Headers["X-Title"] = "demo";
            o.QueryParameters["api-version"] = "2024-10-21";
        });
        harness.Reply(UpstreamReply.Json(Answer));

        await harness.CreateAsync(new CreateResponseRequest { Input = "Grüße <b> & 'ünïcode' — ✓", Instructions = "Réponds en français." });

        RecordedRequest request = (await harness.Upstream.WaitForRequestsAsync(1))[0];
        request.BodyText.Should().Contain("Grüße <b> & 'ünïcode' — ✓").And.Contain("Réponds en français.");
        request.Header("Authorization").Should().Be("Bearer sk-test");
        request.Header("X-Title").Should().Be("demo");
        request.QueryString.Should().Be("?api-version=2024-10-21");
        request.BodyText.Should().NotContain("\\u", "bodies keep text unescaped");
    }

    [Theory]
    [InlineData("""{"model":"m","input":"Hi","tools":[{"type":"web_search"}]}""", "tools[0]")]
    [InlineData("""{"model":"m","input":"Hi","tools":[{"type":"function","name":"a"}],"tool_choice":{"type":"file_search"}}""", "tool_choice")]
    [InlineData("""{"model":"m","input":[{"role":"user","content":[{"type":"input_image","file_id":"file-1"}]}]}""", "input[0].content[0]")]
    [InlineData("""{"model":"m","input":[{"role":"user","content":[{"type":"input_file","file_url":"https://x/a.pdf"}]}]}""", "input[0].content[0]")]
    [InlineData("""{"model":"m","input":[{"role":"system","content":[{"type":"input_image","image_url":"https://x/a.png"}]}]}""", "input[0].content[0]")]
    [InlineData("""{"model":"m","input":[{"type":"item_reference","id":"msg_1"}]}""", "input[0]")]
    [InlineData("""{"model":"m","input":"Hi","previous_response_id":"resp_1"}""", "previous_response_id")]
    [InlineData("""{"model":"m","input":[]}""", "input")]
    [InlineData("""{"input":"Hi"}""", "model")]
    public async Task Requests_that_cannot_be_expressed_are_rejected_before_sending(string requestJson, string param)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync(o => o.DefaultModel = null);
        CreateResponseRequest request = ResponsesJson.Deserialize<CreateResponseRequest>(requestJson)!;

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(request)).Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Error.Param.Should().Be(param);
        FluentActions.Invoking(() => harness.Client.CreateResponseStreamingAsync(request)).Should().Throw<ResponsesException>();
        harness.Upstream.Requests.Should().BeEmpty();
    }

    private static async Task Golden(string requestJson, string expectedBody, Action<Responses.Providers.ChatCompletions.ChatCompletionsResponsesClientOptions>? configure = null)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync(configure);
        harness.Reply(UpstreamReply.Json(Answer));
        CreateResponseRequest request = ResponsesJson.Deserialize<CreateResponseRequest>(requestJson)!;
        string before = ResponsesJson.Serialize(request);

        await harness.CreateAsync(request);

        JsonAssert.Equal(expectedBody, (await harness.LastRequestBodyAsync()).GetRawText());
        ResponsesJson.Serialize(request).Should().Be(before, "the caller's request is never changed");
    }
}
