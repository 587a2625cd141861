using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>The request arrives upstream exactly as <see cref="ResponsesJson"/> writes it (plus <c>"stream": true</c> when streaming).</summary>
public class OpenAIRequestPassThroughTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    // Every kind of content: item input with messages (string and part content, no type), reasoning with
    // encrypted_content, function_call/function_call_output, an item reference, an unknown item; tools of several
    // types including an unknown one; tool_choice; text.format json_schema; unknown fields at the top and nested.
    internal const string FullRequest = """
    {
      "model": "gpt-5",
      "instructions": "Be brief.",
      "input": [
        {"type": "message", "role": "developer", "content": "You are terse."},
        {"role": "user", "content": [
          {"type": "input_text", "text": "What's the weather in Paris?"},
          {"type": "input_image", "image_url": "https://example.com/a.png", "detail": "low"},
          {"type": "input_file", "file_id": "file-1", "x_part_extra": true}
        ]},
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Need the weather tool."}], "encrypted_content": "gAAAAB-opaque=="},
        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}", "status": "completed"},
        {"type": "function_call_output", "call_id": "call_1", "output": "{\"temp\":21}"},
        {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": [{"type": "output_text", "text": "21 °C", "annotations": [], "logprobs": []}]},
        {"type": "item_reference", "id": "msg_0"},
        {"type": "future_item_type", "id": "fi_1", "payload": {"nested": [1, "two", null]}}
      ],
      "tools": [
        {"type": "function", "name": "get_weather", "description": "Weather by city", "strict": true,
         "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": false}},
        {"type": "web_search", "search_context_size": "low", "user_location": {"type": "approximate", "country": "FR"}},
        {"type": "file_search", "vector_store_ids": ["vs_1"], "max_num_results": 3},
        {"type": "mcp", "server_label": "deepwiki", "server_url": "https://mcp.deepwiki.com/mcp", "require_approval": "never"},
        {"type": "custom", "name": "sql", "description": "Free-form SQL"},
        {"type": "code_interpreter", "container": {"type": "auto"}},
        {"type": "future_tool_type", "config": {"k": 1}}
      ],
      "tool_choice": {"type": "function", "name": "get_weather"},
      "parallel_tool_calls": false,
      "text": {"format": {"type": "json_schema", "name": "weather", "strict": true,
               "schema": {"type": "object", "properties": {"temp": {"type": "number"}}, "required": ["temp"], "additionalProperties": false}},
               "verbosity": "low", "x_text_extra": "kept"},
      "reasoning": {"effort": "high", "summary": "auto"},
      "include": ["reasoning.encrypted_content", "message.output_text.logprobs"],
      "store": false,
      "metadata": {"k": "v"},
      "temperature": 0.2,
      "top_p": 1.0,
      "max_output_tokens": 1000,
      "previous_response_id": null,
      "x_unknown_top_level": {"nested": {"deep": [true, 1.5e3, "x"]}}
    }
    """;

    public static TheoryData<string, bool> Requests() => new()
    {
        { "string", false }, { "string", true }, { "items", false }, { "items", true }, { "built", false }, { "built", true },
    };

    private static CreateResponseRequest Build(string kind) => kind switch
    {
        "string" => new CreateResponseRequest { Model = "gpt-5", Input = "Hello there" },
        "items" => ResponsesJson.Deserialize<CreateResponseRequest>(FullRequest)!,
        _ => new CreateResponseRequest
        {
            Model = "gpt-5",
            Instructions = "Answer in French.",
            Input = new List<ResponseItem>
            {
                new MessageItem { Role = MessageRole.User, Content = "Bonjour" },
                new FunctionCallItem { CallId = "call_9", Name = "lookup", Arguments = "{}" },
                new FunctionCallOutputItem { CallId = "call_9", Output = "done" },
            },
            Tools = [new FunctionTool { Name = "lookup", Parameters = Fixtures.ParseElement("""{"type":"object","properties":{}}""") }],
            ToolChoice = "auto",
            Temperature = 0.5,
        },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Request_arrives_JSON_equal_to_its_serialization_and_the_caller_object_is_not_changed(string kind, bool streaming)
    {
        CreateResponseRequest request = Build(kind);
        JsonElement before = ResponsesJson.SerializeToElement(request);
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.DefaultModel = "never-used");

        JsonElement sent = await SendAsync(lane, client, request, streaming);

        JsonNode expected = JsonNode.Parse(before.GetRawText())!;
        if (streaming)
        {
            expected["stream"] = true;
        }

        JsonAssert.Equal(expected.ToJsonString(), sent.GetRawText(), "only \"stream\": true may be added, and only when streaming");
        JsonAssert.Equal(before, ResponsesJson.SerializeToElement(request), "the caller's request is not mutated");
        request.Stream.Should().BeNull();
        request.Model.Should().Be("gpt-5");
    }

    [Fact]
    public void The_full_request_round_trips_through_the_model_itself()
    {
        // Guards the test above: what ResponsesJson writes for the parsed request is the original JSON.
        JsonAssert.Equal(FullRequest, ResponsesJson.Serialize(ResponsesJson.Deserialize<CreateResponseRequest>(FullRequest)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stream_true_set_by_the_caller_is_not_sent_on_a_non_streaming_call_and_stream_false_becomes_true_when_streaming(bool streaming)
    {
        var request = new CreateResponseRequest { Model = "gpt-5", Input = "Hi", Stream = !streaming };
        Lane lane = upstream.NewLane();
        using var client = lane.Client();

        JsonElement sent = await SendAsync(lane, client, request, streaming);

        if (streaming)
        {
            sent.GetProperty("stream").GetBoolean().Should().BeTrue();
        }
        else
        {
            sent.TryGetProperty("stream", out _).Should().BeFalse();
        }

        request.Stream.Should().Be(!streaming);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DefaultModel_fills_a_missing_model_without_changing_the_request(bool streaming)
    {
        var request = new CreateResponseRequest { Input = "Hi" };
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.DefaultModel = "gpt-5-mini");

        JsonElement sent = await SendAsync(lane, client, request, streaming);

        sent.GetProperty("model").GetString().Should().Be("gpt-5-mini");
        request.Model.Should().BeNull();
    }

    [Fact]
    public async Task Without_a_model_or_DefaultModel_no_model_is_sent()
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client();

        JsonElement sent = await SendAsync(lane, client, new CreateResponseRequest { Input = "Hi" }, streaming: false);

        sent.TryGetProperty("model", out _).Should().BeFalse("the server decides (or rejects) a request without a model");
    }

    [Fact]
    public async Task Request_body_is_utf8_json()
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client();

        await SendAsync(lane, client, new CreateResponseRequest { Model = "gpt-5", Input = "héllo ✓" }, streaming: false);

        RecordedRequest recorded = lane.Requests.Single();
        recorded.Header("Content-Type").Should().Be("application/json; charset=utf-8");
        recorded.Json!.Value.GetProperty("input").GetString().Should().Be("héllo ✓");
    }

    internal static UpstreamReply ShortStream() =>
        UpstreamReply.SseEvents(Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-client-tool-search.1.chunks.txt"));

    internal static UpstreamReply ShortBody() =>
        UpstreamReply.Json(Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/openai-client-tool-search.1.json"));

    private static async Task<JsonElement> SendAsync(Lane lane, Responses.Providers.OpenAI.OpenAIResponsesClient client, CreateResponseRequest request, bool streaming)
    {
        if (streaming)
        {
            lane.Create.Enqueue(ShortStream());
            await Wire.CollectAsync(client.CreateResponseStreamingAsync(request));
        }
        else
        {
            lane.Create.Enqueue(ShortBody());
            await client.CreateResponseAsync(request);
        }

        return lane.Requests.Single().Json!.Value;
    }
}
