using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>Golden request bodies: each Responses request and the exact Messages API body the fake upstream received.</summary>
public class AnthropicRequestMappingTests
{
    private const string Answer = """{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn","usage":{"input_tokens":1,"output_tokens":1}}""";

    [Fact]
    public async Task Instructions_and_system_messages_form_the_system_prompt_in_order()
    {
        await Golden(
            """
            {"model":"claude-sonnet-4-5","instructions":"Be brief.","input":[
              {"type":"message","role":"system","content":"You are a pirate."},
              {"role":"user","content":"Hi"},
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Answer in French."}]}
            ]}
            """,
            """
            {"model":"claude-sonnet-4-5","max_tokens":32000,
             "system":[{"type":"text","text":"Be brief."},{"type":"text","text":"You are a pirate."},{"type":"text","text":"Answer in French."}],
             "messages":[{"role":"user","content":[{"type":"text","text":"Hi"}]}]}
            """);
    }

    [Fact]
    public async Task Messages_with_strings_and_parts_and_adjacent_roles_merged()
    {
        await Golden(
            """
            {"model":"claude-3-5-haiku-latest","input":[
              {"role":"user","content":"First"},
              {"role":"user","content":[{"type":"input_text","text":"Second"},{"type":"input_text","text":""}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Answer","annotations":[]},{"type":"refusal","refusal":"No."}]},
              {"role":"assistant","content":"More"},
              {"role":"user","content":"Third"}
            ]}
            """,
            """
            {"model":"claude-3-5-haiku-latest","max_tokens":8192,"messages":[
              {"role":"user","content":[{"type":"text","text":"First"},{"type":"text","text":"Second"}]},
              {"role":"assistant","content":[{"type":"text","text":"Answer"},{"type":"text","text":"No."},{"type":"text","text":"More"}]},
              {"role":"user","content":[{"type":"text","text":"Third"}]}]}
            """);
    }

    [Fact]
    public async Task Images_by_url_data_url_and_file_id()
    {
        (JsonElement body, RecordedRequest recorded) = await Send(
            """
            {"model":"claude-sonnet-4-5","input":[{"role":"user","content":[
              {"type":"input_image","image_url":"https://example.com/cat.png","detail":"high"},
              {"type":"input_image","image_url":"data:image/jpeg;base64,/9j/4AAQ"},
              {"type":"input_image","file_id":"file_011CNha8iCJcU1wXNR6q4V8w"}
            ]}]}
            """);

        JsonAssert.Equal(
            """
            [{"type":"image","source":{"type":"url","url":"https://example.com/cat.png"}},
             {"type":"image","source":{"type":"base64","media_type":"image/jpeg","data":"/9j/4AAQ"}},
             {"type":"image","source":{"type":"file","file_id":"file_011CNha8iCJcU1wXNR6q4V8w"}}]
            """,
            body.GetProperty("messages")[0].GetProperty("content").GetRawText());
        recorded.Header("anthropic-beta").Should().Be("files-api-2025-04-14");
    }

    [Fact]
    public async Task Files_become_documents()
    {
        (JsonElement body, RecordedRequest recorded) = await Send(
            """
            {"model":"claude-sonnet-4-5","input":[{"role":"user","content":[
              {"type":"input_file","filename":"a.pdf","file_data":"data:application/pdf;base64,JVBERi0xLjQ="},
              {"type":"input_file","filename":"b.pdf","file_data":"JVBERi0xLjU="},
              {"type":"input_file","filename":"notes.txt","file_data":"data:text/plain;base64,aGVsbG8gd29ybGQ="},
              {"type":"input_file","file_url":"https://example.com/paper.pdf"},
              {"type":"input_file","file_id":"file_abc"},
              {"type":"input_file","filename":"pic.png","file_data":"data:image/png;base64,iVBORw0K"}
            ]}]}
            """);

        JsonAssert.Equal(
            """
            [{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0xLjQ="},"title":"a.pdf"},
             {"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0xLjU="},"title":"b.pdf"},
             {"type":"document","source":{"type":"text","media_type":"text/plain","data":"hello world"},"title":"notes.txt"},
             {"type":"document","source":{"type":"url","url":"https://example.com/paper.pdf"}},
             {"type":"document","source":{"type":"file","file_id":"file_abc"}},
             {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0K"}}]
            """,
            body.GetProperty("messages")[0].GetProperty("content").GetRawText());
        recorded.Header("anthropic-beta").Should().Be("files-api-2025-04-14");
    }

    [Fact]
    public async Task Function_tools_tool_choice_and_parallel_tool_calls()
    {
        await Golden(
            """
            {"model":"claude-sonnet-4-5","input":"Weather?","parallel_tool_calls":false,"tool_choice":{"type":"function","name":"get_weather"},
             "tools":[
               {"type":"function","name":"get_weather","description":"Weather of a city","strict":true,
                "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},
                "cache_control":{"type":"ephemeral"}},
               {"type":"function","name":"now"}]}
            """,
            """
            {"model":"claude-sonnet-4-5","max_tokens":32000,"messages":[{"role":"user","content":[{"type":"text","text":"Weather?"}]}],
             "tools":[
               {"name":"get_weather","description":"Weather of a city",
                "input_schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},
                "strict":true,"cache_control":{"type":"ephemeral"}},
               {"name":"now","input_schema":{"type":"object","properties":{}}}],
             "tool_choice":{"type":"tool","name":"get_weather","disable_parallel_tool_use":true}}
            """);
    }

    [Theory]
    [InlineData("\"auto\"", """{"type":"auto"}""")]
    [InlineData("\"required\"", """{"type":"any"}""")]
    [InlineData("\"none\"", """{"type":"none"}""")]
    [InlineData("""{"type":"allowed_tools","mode":"required","tools":[{"type":"function","name":"a"}]}""", """{"type":"any"}""")]
    public async Task Tool_choice_modes(string toolChoice, string expected)
    {
        (JsonElement body, _) = await Send($$$"""
            {"model":"claude-sonnet-4-5","input":"x","tool_choice":{{{toolChoice}}},
             "tools":[{"type":"function","name":"a","parameters":{"type":"object"}},{"type":"function","name":"b","parameters":{"type":"object"}}]}
            """);

        JsonAssert.Equal(expected, body.GetProperty("tool_choice").GetRawText());
        body.GetProperty("tools").GetArrayLength().Should().Be(toolChoice.Contains("allowed_tools") ? 1 : 2);
    }

    [Fact]
    public async Task Tool_calls_and_outputs_become_merged_tool_use_and_tool_result_turns()
    {
        await Golden(
            """
            {"model":"claude-sonnet-4-5","input":[
              {"role":"user","content":"Weather in Paris and Rome?"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Checking."}]},
              {"type":"function_call","call_id":"toolu_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"},
              {"type":"function_call","call_id":"toolu_2","name":"get_weather","arguments":""},
              {"type":"function_call_output","call_id":"toolu_1","output":"18C"},
              {"type":"function_call_output","call_id":"toolu_2","output":[{"type":"input_text","text":"21C"},{"type":"input_image","image_url":"https://example.com/rome.png"}]},
              {"role":"user","content":"Thanks, and tomorrow?"}
            ]}
            """,
            """
            {"model":"claude-sonnet-4-5","max_tokens":32000,"messages":[
              {"role":"user","content":[{"type":"text","text":"Weather in Paris and Rome?"}]},
              {"role":"assistant","content":[
                {"type":"text","text":"Checking."},
                {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}},
                {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{}}]},
              {"role":"user","content":[
                {"type":"tool_result","tool_use_id":"toolu_1","content":"18C"},
                {"type":"tool_result","tool_use_id":"toolu_2","content":[{"type":"text","text":"21C"},{"type":"image","source":{"type":"url","url":"https://example.com/rome.png"}}]},
                {"type":"text","text":"Thanks, and tomorrow?"}]}]}
            """);
    }

    [Fact]
    public async Task Tool_results_open_their_user_turn()
    {
        (JsonElement body, _) = await Send(
            """
            {"model":"claude-sonnet-4-5","input":[
              {"role":"user","content":"Go"},
              {"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},
              {"role":"user","content":"Also this"},
              {"type":"function_call_output","call_id":"c1","output":"done"}
            ]}
            """);

        body.GetProperty("messages")[2].GetProperty("content").EnumerateArray().Select(b => b.GetProperty("type").GetString()).Should().Equal("tool_result", "text");
    }

    [Theory]
    [InlineData("""[{"role":"user","content":"Go"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"role":"user","content":"never answered"}]""", "input[1]", "c1")]
    [InlineData("""[{"role":"user","content":"Go"},{"type":"function_call_output","call_id":"c9","output":"x"}]""", "input[1]", "c9")]
    [InlineData("""[{"role":"user","content":"Go"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":"x"},{"role":"assistant","content":"ok"},{"type":"function_call_output","call_id":"c1","output":"late"}]""", "input[4]", "c1")]
    [InlineData("""[{"role":"user","content":"Go"},{"type":"function_call","call_id":"c1","name":"f","arguments":"not json"}]""", "input[1].arguments", "c1")]
    [InlineData("""[{"role":"user","content":"Go"},{"type":"item_reference","id":"msg_1"}]""", "input[1]", "store")]
    [InlineData("""[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]""", "input[0].content[0]", "input_audio")]
    [InlineData("""[{"role":"user","content":[{"type":"input_file","filename":"a.docx","file_data":"data:application/msword;base64,AAAA"}]}]""", "input[0].content[0].file_data", "application/msword")]
    public async Task Unmappable_input_is_rejected_with_the_param_of_the_item(string input, string param, string mentioned)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        var request = ResponsesJson.Deserialize<CreateResponseRequest>($$$"""{"model":"claude-sonnet-4-5","input":{{{input}}}}""")!;

        ResponsesException error = FluentActions.Invoking(() => harness.Client.CreateResponseStreamingAsync(request)).Should().Throw<ResponsesException>().Which;
        error.StatusCode.Should().Be(400);
        error.ErrorType.Should().Be("invalid_request_error");
        error.Error.Param.Should().Be(param);
        error.Message.Should().Contain(mentioned);
        (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(request)).Should().ThrowAsync<ResponsesException>()).Which.Error.Param.Should().Be(param);
        harness.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_trailing_call_without_output_is_sent_as_is()
    {
        (JsonElement body, _) = await Send("""{"model":"claude-sonnet-4-5","input":[{"role":"user","content":"Go"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{\"a\":1}"}]}""");

        body.GetProperty("messages")[1].GetProperty("content")[0].GetProperty("type").GetString().Should().Be("tool_use");
    }

    [Theory]
    [InlineData("previous_response_id", "\"resp_1\"")]
    [InlineData("conversation", "\"conv_1\"")]
    [InlineData("background", "true")]
    [InlineData("prompt", """{"id":"pmpt_1"}""")]
    public async Task Stateful_features_are_rejected(string field, string value)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        var request = ResponsesJson.Deserialize<CreateResponseRequest>($$$"""{"model":"claude-sonnet-4-5","input":"x","{{{field}}}":{{{value}}}}""")!;

        FluentActions.Invoking(() => harness.Client.CreateResponseStreamingAsync(request)).Should().Throw<ResponsesException>()
            .Which.Error.Param.Should().Be(field);
    }

    [Fact]
    public async Task Sampling_stop_sequences_and_user()
    {
        await Golden(
            """
            {"model":"claude-opus-4-1","input":"x","max_output_tokens":500,"temperature":0.2,"top_p":0.9,"top_k":40,"stop":["END","STOP"],
             "safety_identifier":"user-hash-1","user":"legacy","metadata":{"k":"v"}}
            """,
            """
            {"model":"claude-opus-4-1","max_tokens":500,"messages":[{"role":"user","content":[{"type":"text","text":"x"}]}],
             "temperature":0.2,"top_p":0.9,"top_k":40,"stop_sequences":["END","STOP"],"metadata":{"user_id":"user-hash-1"}}
            """);
        (JsonElement body, _) = await Send("""{"model":"claude-opus-4-1","input":"x","stop":"END","user":"legacy"}""");
        JsonAssert.Equal("""["END"]""", body.GetProperty("stop_sequences").GetRawText());
        body.GetProperty("metadata").GetProperty("user_id").GetString().Should().Be("legacy");
    }

    [Theory]
    [InlineData("minimal", null, 32000, 1024)]
    [InlineData("low", null, 32000, 4096)]
    [InlineData("medium", null, 32000, 10240)]
    [InlineData("high", null, 32000, 20480)]
    [InlineData("xhigh", null, 32000, 28672)]
    [InlineData("high", 64000, 64000, 20480)]
    [InlineData("medium", 2000, 12240, 10240)]
    public async Task Reasoning_effort_becomes_a_thinking_budget(string effort, int? maxOutputTokens, int maxTokens, int budget)
    {
        string max = maxOutputTokens is null ? string.Empty : $",\"max_output_tokens\":{maxOutputTokens}";
        (JsonElement body, _) = await Send($$$"""{"model":"claude-sonnet-4-5","input":"x","reasoning":{"effort":"{{{effort}}}","summary":"auto"}{{{max}}}}""");

        body.GetProperty("max_tokens").GetInt32().Should().Be(maxTokens);
        JsonAssert.Equal($$$"""{"type":"enabled","budget_tokens":{{{budget}}}}""", body.GetProperty("thinking").GetRawText());
    }

    [Fact]
    public async Task No_thinking_without_effort_or_with_effort_none()
    {
        (JsonElement body, _) = await Send("""{"model":"claude-sonnet-4-5","input":"x","reasoning":{"effort":"none"}}""");
        body.TryGetProperty("thinking", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("claude-opus-4-6", "minimal", "low")]
    [InlineData("claude-sonnet-4-6", "high", "high")]
    [InlineData("claude-opus-4-7", "xhigh", "xhigh")]
    [InlineData("claude-opus-5", "medium", "medium")]
    public async Task Adaptive_models_get_adaptive_thinking_with_an_effort(string model, string effort, string anthropicEffort)
    {
        (JsonElement body, _) = await Send($$$"""{"model":"{{{model}}}","input":"x","reasoning":{"effort":"{{{effort}}}"}}""");

        JsonAssert.Equal("""{"type":"adaptive"}""", body.GetProperty("thinking").GetRawText());
        JsonAssert.Equal($$$"""{"effort":"{{{anthropicEffort}}}"}""", body.GetProperty("output_config").GetRawText());
        body.GetProperty("max_tokens").GetInt32().Should().Be(32000);
    }

    [Fact]
    public async Task Adaptive_models_are_configurable()
    {
        (JsonElement body, _) = await Send(
            """{"model":"my-claude","input":"x","reasoning":{"effort":"low"}}""",
            o => o.AdaptiveThinkingModelPrefixes.Add("my-claude"));

        body.GetProperty("thinking").GetProperty("type").GetString().Should().Be("adaptive");
    }

    [Fact]
    public async Task Json_schema_format_becomes_native_structured_output()
    {
        await Golden(
            """
            {"model":"claude-opus-4-6","input":"Recipe?","reasoning":{"effort":"high"},
             "text":{"format":{"type":"json_schema","name":"recipe","strict":true,
               "schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}}}}
            """,
            """
            {"model":"claude-opus-4-6","max_tokens":32000,"messages":[{"role":"user","content":[{"type":"text","text":"Recipe?"}]}],
             "thinking":{"type":"adaptive"},
             "output_config":{"effort":"high","format":{"type":"json_schema","schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}}}}
            """);
        (JsonElement plain, _) = await Send("""{"model":"claude-sonnet-4-5","input":"x","text":{"format":{"type":"json_object"}}}""");
        plain.TryGetProperty("output_config", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Prompt_caching_marks_pass_through()
    {
        await Golden(
            """
            {"model":"claude-sonnet-4-5","instructions":"Long stable instructions","instructions_cache_control":{"type":"ephemeral","ttl":"1h"},
             "cache_control":{"type":"ephemeral"},
             "input":[
               {"role":"developer","content":[{"type":"input_text","text":"Policy","cache_control":{"type":"ephemeral"}}]},
               {"role":"user","content":[
                 {"type":"input_text","text":"Big document","prompt_cache_breakpoint":{"mode":"explicit"}},
                 {"type":"input_image","image_url":"https://example.com/a.png","cache_control":{"type":"ephemeral","ttl":"5m"}}]},
               {"role":"user","content":"Question","cache_control":{"type":"ephemeral"}}
             ]}
            """,
            """
            {"model":"claude-sonnet-4-5","max_tokens":32000,
             "system":[{"type":"text","text":"Long stable instructions","cache_control":{"type":"ephemeral","ttl":"1h"}},{"type":"text","text":"Policy","cache_control":{"type":"ephemeral"}}],
             "messages":[{"role":"user","content":[
               {"type":"text","text":"Big document","cache_control":{"type":"ephemeral"}},
               {"type":"image","source":{"type":"url","url":"https://example.com/a.png"},"cache_control":{"type":"ephemeral","ttl":"5m"}},
               {"type":"text","text":"Question","cache_control":{"type":"ephemeral"}}]}],
             "cache_control":{"type":"ephemeral"}}
            """);
    }

    [Fact]
    public async Task Reasoning_items_restore_thinking_before_the_tool_use_and_foreign_reasoning_is_dropped()
    {
        string thinking = """{"type":"thinking","thinking":"Let me call the tool.","signature":"EqoBCkgIARABGAIiQL+sig=="}""";
        string redacted = """{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix"}""";
        string encrypted = "anthropic.v1:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"[{thinking}]"));
        string encryptedRedacted = "anthropic.v1:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"[{redacted}]"));

        await Golden(
            $$$"""
            {"model":"claude-sonnet-4-5","reasoning":{"effort":"low"},"input":[
              {"role":"user","content":"Weather?"},
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Let me call the tool."}],"encrypted_content":"{{{encrypted}}}"},
              {"type":"reasoning","id":"rs_2","summary":[],"encrypted_content":"{{{encryptedRedacted}}}"},
              {"type":"reasoning","id":"rs_openai","summary":[],"encrypted_content":"gAAAAABfromOpenAI"},
              {"type":"reasoning","id":"rs_none","summary":[{"type":"summary_text","text":"no content"}]},
              {"type":"function_call","call_id":"toolu_1","name":"get_weather","arguments":"{}"},
              {"type":"function_call_output","call_id":"toolu_1","output":"sunny"}
            ]}
            """,
            $$$"""
            {"model":"claude-sonnet-4-5","max_tokens":32000,"messages":[
              {"role":"user","content":[{"type":"text","text":"Weather?"}]},
              {"role":"assistant","content":[{{{thinking}}},{{{redacted}}},{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"sunny"}]}],
             "thinking":{"type":"enabled","budget_tokens":4096}}
            """);
    }

    [Fact]
    public async Task Damaged_reasoning_content_is_rejected()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        var request = ResponsesJson.Deserialize<CreateResponseRequest>("""{"model":"m","input":[{"role":"user","content":"x"},{"type":"reasoning","summary":[],"encrypted_content":"anthropic.v1:%%%"}]}""")!;

        FluentActions.Invoking(() => harness.Client.CreateResponseStreamingAsync(request)).Should().Throw<ResponsesException>()
            .Which.Error.Param.Should().Be("input[1].encrypted_content");
    }

    [Fact]
    public async Task Hosted_tools_are_rejected_and_native_anthropic_tools_pass_through()
    {
        await using (AnthropicHarness harness = await AnthropicHarness.StartAsync())
        {
            var request = ResponsesJson.Deserialize<CreateResponseRequest>("""{"model":"m","input":"x","tools":[{"type":"function","name":"f"},{"type":"web_search"}]}""")!;
            FluentActions.Invoking(() => harness.Client.CreateResponseStreamingAsync(request)).Should().Throw<ResponsesException>()
                .Which.Error.Param.Should().Be("tools[1]");
        }

        (JsonElement body, _) = await Send("""{"model":"claude-sonnet-4-5","input":"x","tools":[{"type":"memory_20250818","name":"memory"}]}""");
        JsonAssert.Equal("""[{"type":"memory_20250818","name":"memory"}]""", body.GetProperty("tools").GetRawText());
    }

    [Fact]
    public async Task Headers_endpoint_and_stream_flag()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync(o =>
        {
            o.Betas.Add("context-1m-2025-08-07");
            o.Headers["x-extra"] = "1";
        });
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(Fixtures.ParseElement(Answer))));
        var request = ResponsesJson.Deserialize<CreateResponseRequest>("""{"input":[{"role":"user","content":[{"type":"input_file","file_id":"file_1"}]}]}""")!;

        await harness.StreamAsync(request);

        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1))[0];
        recorded.Method.Should().Be("POST");
        recorded.Path.Should().Be("/v1/messages");
        recorded.Header("x-api-key").Should().Be("sk-ant-test");
        recorded.Header("anthropic-version").Should().Be("2023-06-01");
        recorded.Header("anthropic-beta").Should().Be("context-1m-2025-08-07,files-api-2025-04-14");
        recorded.Header("x-extra").Should().Be("1");
        recorded.Header("authorization").Should().BeNull();
        recorded.Json!.Value.GetProperty("stream").GetBoolean().Should().BeTrue();
        recorded.Json!.Value.GetProperty("model").GetString().Should().Be("claude-sonnet-4-5");
    }

    [Fact]
    public async Task Bodies_keep_non_ascii_and_markup_unescaped()
    {
        (_, RecordedRequest recorded) = await Send("""{"model":"claude-sonnet-4-5","input":"Café <b>&</b> 日本"}""");

        recorded.BodyText.Should().Contain("Café <b>&</b> 日本");
    }

    [Fact]
    public async Task The_callers_request_is_not_changed()
    {
        const string json = """{"input":[{"role":"user","content":"x"}],"reasoning":{"effort":"high"},"tools":[{"type":"function","name":"f"}],"parallel_tool_calls":false}""";
        var request = ResponsesJson.Deserialize<CreateResponseRequest>(json)!;

        await Send(request);

        JsonAssert.Equal(json, ResponsesJson.Serialize(request));
    }

    private static async Task Golden(string requestJson, string expectedBody)
    {
        (JsonElement body, _) = await Send(requestJson);
        JsonAssert.Equal(expectedBody, body.GetRawText());
    }

    private static Task<(JsonElement Body, RecordedRequest Request)> Send(string requestJson, Action<AnthropicResponsesClientOptions>? configure = null) =>
        Send(ResponsesJson.Deserialize<CreateResponseRequest>(requestJson)!, configure);

    private static async Task<(JsonElement Body, RecordedRequest Request)> Send(CreateResponseRequest request, Action<AnthropicResponsesClientOptions>? configure = null)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync(configure);
        harness.Reply(UpstreamReply.Json(Answer));

        // Only the request matters here (the echo of Anthropic-native tools is not an OpenAI tool).
        await harness.Client.CreateResponseAsync(request);
        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1))[0];
        return (recorded.Json!.Value, recorded);
    }
}
