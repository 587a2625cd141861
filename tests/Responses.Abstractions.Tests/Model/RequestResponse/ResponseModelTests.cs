using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>The response, its usage, instructions and moderation, and the other result bodies.</summary>
public class ResponseModelTests
{
    // Every property of Response, with values in the style of the specs' examples.
    private const string FullResponse = """
        {
          "id": "resp_67ccd3a9da748190baa7f1570fe91ac604becb25c45c1d41",
          "object": "response",
          "created_at": 1741476777,
          "status": "completed",
          "completed_at": 1741476778,
          "error": null,
          "incomplete_details": null,
          "instructions": [{"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Be brief."}]}],
          "model": "gpt-5.4",
          "output": [{"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "text": "Hello", "annotations": []}, {"type": "output_text", "text": " world", "annotations": []}]}],
          "usage": {"input_tokens": 328, "input_tokens_details": {"cached_tokens": 128, "cache_write_tokens": 64}, "output_tokens": 52, "output_tokens_details": {"reasoning_tokens": 10}, "total_tokens": 380},
          "metadata": {"session": "42"},
          "tools": [{"type": "function", "name": "get_weather", "description": null, "parameters": {"type": "object"}, "strict": true}, {"type": "web_search", "filters": null, "search_context_size": "medium", "user_location": null}],
          "tool_choice": {"type": "function", "name": "get_weather"},
          "parallel_tool_calls": true,
          "max_tool_calls": null,
          "temperature": 1,
          "top_p": 1,
          "top_logprobs": 0,
          "presence_penalty": 0,
          "frequency_penalty": 0,
          "max_output_tokens": null,
          "text": {"format": {"type": "json_schema", "name": "answer", "description": null, "schema": {"type": "object"}, "strict": true}, "verbosity": "medium"},
          "reasoning": {"effort": "low", "summary": "detailed", "mode": "standard", "context": "current_turn"},
          "previous_response_id": "resp_0",
          "conversation": {"id": "conv_1"},
          "prompt": {"id": "pmpt_1", "version": null, "variables": null},
          "background": false,
          "store": true,
          "service_tier": "default",
          "truncation": "disabled",
          "user": null,
          "safety_identifier": "sid",
          "prompt_cache_key": null,
          "prompt_cache_retention": "24h",
          "prompt_cache_options": {"ttl": "30m", "mode": "implicit"},
          "output_text": "Hello world",
          "moderation": {
            "input": {"type": "moderation_result", "model": "omni-moderation-latest", "flagged": false,
                      "categories": {"violence": false}, "category_scores": {"violence": 0.0012}, "category_applied_input_types": {"violence": ["text"]}},
            "output": {"type": "error", "code": "moderation_unavailable", "message": "Moderation is unavailable."}
          }
        }
        """;

    [Fact]
    public void Full_response_covers_every_property()
    {
        var keys = RepoFixtures.Parse(FullResponse).EnumerateObject().Select(p => p.Name).ToHashSet();
        keys.Should().BeEquivalentTo(RepoFixtures.JsonPropertyNames(typeof(Response)));
    }

    [Fact]
    public void Full_response_round_trips_with_typed_values()
    {
        Response response = RepoFixtures.RoundTrip<Response>(FullResponse);
        response.AdditionalProperties.Should().BeNull();
        response.Status.Should().Be(ResponseStatus.Completed);
        response.CompletedAt.Should().Be(1741476778);
        response.Instructions!.Items.Should().ContainSingle().Which.Should().BeOfType<MessageItem>();
        response.Instructions.GetText().Should().Be("Be brief.");
        response.OutputText.Should().Be("Hello world");
        response.Usage!.InputTokensDetails!.CachedTokens.Should().Be(128);
        response.Usage.InputTokensDetails.CacheWriteTokens.Should().Be(64);
        response.Usage.OutputTokensDetails!.ReasoningTokens.Should().Be(10);
        response.Tools.Select(t => t.GetType()).Should().Equal(typeof(FunctionTool), typeof(WebSearchTool));
        response.ToolChoice!.Tool.Should().BeOfType<FunctionToolChoice>().Which.Name.Should().Be("get_weather");
        response.Text!.Format.Should().BeOfType<JsonSchemaResponseFormat>();
        response.Reasoning!.Effort.Should().Be(ReasoningEffort.Low);
        response.Conversation!.Id.Should().Be("conv_1");
        response.ServiceTier.Should().Be(ServiceTier.Default);
        response.Truncation.Should().Be(ResponseTruncation.Disabled);
        var input = response.Moderation!.Input.Should().BeOfType<ModerationResult>().Subject;
        input.CategoryScores!["violence"].Should().Be(0.0012);
        input.CategoryAppliedInputTypes!["violence"].Should().Equal("text");
        response.Moderation.Output.Should().BeOfType<ModerationError>().Which.Code.Should().Be("moderation_unavailable");
    }

    [Fact]
    public void Spec_example_response_round_trips()
    {
        JsonElement example = SpecSchemas.Schema(RepoFixtures.OpenAISpec, "Response").GetProperty("example");
        Response response = RepoFixtures.RoundTrip<Response>(example.GetRawText());
        response.ToolChoice!.Mode.Should().Be("auto");
        response.Instructions.Should().BeNull();
    }

    [Fact]
    public void Instructions_forms_are_kept()
    {
        Response text = RepoFixtures.RoundTrip<Response>("""{"id":"r","object":"response","created_at":1,"instructions":"Be brief."}""");
        text.Instructions!.Text.Should().Be("Be brief.");
        text.Instructions.Items.Should().BeNull();

        Response none = RepoFixtures.RoundTrip<Response>("""{"id":"r","object":"response","created_at":1,"instructions":null}""");
        none.Instructions.Should().BeNull();

        Response built = new() { Id = "r", CreatedAt = 1, Instructions = "Hi" };
        ResponsesJson.SerializeToElement(built).GetProperty("instructions").GetString().Should().Be("Hi");
    }

    [Fact]
    public void Built_response_writes_required_properties()
    {
        var response = new Response { Id = "resp_1", CreatedAt = 1, Model = "m" };
        ResponsesJson.Serialize(response).Should().Be(
            """{"id":"resp_1","object":"response","created_at":1,"completed_at":null,"error":null,"incomplete_details":null,"instructions":null,"model":"m","output":[],"usage":null,"metadata":null,"tools":[],"tool_choice":null,"parallel_tool_calls":null,"max_tool_calls":null,"temperature":null,"top_p":null,"max_output_tokens":null,"reasoning":null,"previous_response_id":null,"safety_identifier":null,"prompt_cache_key":null}""");

        response.Status = ResponseStatus.Completed;
        response.ToolChoice = ToolChoice.Auto;
        response.ParallelToolCalls = true;
        response.Usage = new ResponseUsage { InputTokens = 3, InputTokensDetails = new InputTokensDetails(), OutputTokens = 2, OutputTokensDetails = new OutputTokensDetails(), TotalTokens = 5 };
        string json = ResponsesJson.Serialize(response);
        json.Should().Contain("\"tool_choice\":\"auto\"").And.Contain("\"parallel_tool_calls\":true")
            .And.Contain("\"usage\":{\"input_tokens\":3,\"input_tokens_details\":{\"cached_tokens\":0,\"cache_write_tokens\":0},\"output_tokens\":2,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":5}");
    }

    [Fact]
    public void Unknown_response_fields_survive()
    {
        const string json = """
            {"id": "r", "object": "response", "created_at": 1, "billing": {"payer": "developer"}, "tool_usage": {"web_search": {"num_requests": 0}},
             "tools": [{"type": "image_generation", "n": 1, "size": "auto"}, {"type": "holodeck"}], "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2, "input_tokens_details": {"cached_tokens": 0, "audio_tokens": 1}},
             "moderation": {"input": {"type": "skipped"}, "output": null}, "status": "paused", "service_tier": "ultrafast", "output_text": "sdk"}
            """;
        Response response = RepoFixtures.RoundTrip<Response>(json);
        response.AdditionalProperties.Should().ContainKeys("billing", "tool_usage");
        response.WireOutputText.Should().Be("sdk");
        response.OutputText.Should().BeEmpty();
        response.Tools[0].Should().BeOfType<ImageGenerationTool>().Which.AdditionalProperties.Should().ContainKey("n");
        response.Tools[1].Should().BeOfType<UnknownResponseTool>();
        response.Usage!.InputTokensDetails!.AdditionalProperties.Should().ContainKey("audio_tokens");
        response.Moderation!.Input.Should().BeOfType<UnknownModerationOutcome>();
        response.Status!.Value.Value.Should().Be("paused");
    }

    [Fact]
    public void Token_count_and_compaction_results_round_trip()
    {
        JsonElement spec = RepoFixtures.OpenAISpec;
        InputTokenCountResult count = RepoFixtures.RoundTrip<InputTokenCountResult>(SpecSchemas.Schema(spec, "TokenCountsResource").GetProperty("example").GetRawText());
        count.InputTokens.Should().Be(123);
        ResponsesJson.Serialize(new InputTokenCountResult { InputTokens = 7 }).Should().Be("""{"object":"response.input_tokens","input_tokens":7}""");

        CompactedResponse compacted = RepoFixtures.RoundTrip<CompactedResponse>(SpecSchemas.Schema(spec, "CompactResource").GetProperty("example").GetRawText());
        compacted.Object.Should().Be("response.compaction");
        compacted.Output.Should().HaveCount(3);
        compacted.Usage!.TotalTokens.Should().Be(54912);
        ResponsesJson.Serialize(new CompactedResponse { Id = "c", CreatedAt = 2 }).Should().Be(
            """{"id":"c","object":"response.compaction","created_at":2,"output":[],"usage":null}""");
    }

    [Fact]
    public void Item_list_delete_result_and_errors_round_trip()
    {
        string list = SpecSchemas.Schema(RepoFixtures.OpenAISpec, "ResponseItemList").GetProperty("x-oaiMeta").GetProperty("example").GetString()!;
        ResponseItemList items = RepoFixtures.RoundTrip<ResponseItemList>(list);
        items.Data.Should().ContainSingle().Which.Should().BeOfType<MessageItem>();
        items.FirstId.Should().Be("msg_abc123");
        ResponsesJson.Serialize(new ResponseItemList()).Should().Be("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""");

        DeleteResponseResult deleted = RepoFixtures.RoundTrip<DeleteResponseResult>("""{"id":"resp_1","object":"response.deleted","deleted":true}""");
        deleted.Deleted.Should().BeTrue();

        ApiErrorResponse error = RepoFixtures.RoundTrip<ApiErrorResponse>(
            """{"error":{"type":"rate_limit_error","code":"rate_limit_exceeded","message":"Slow down","param":null,"headers":{"retry-after":"2"}}}""");
        error.Error!.Headers!["retry-after"].Should().Be("2");
        ResponsesJson.Serialize(new ApiErrorResponse { Error = new ApiError { Message = "m", Type = "t" } }).Should().Be(
            """{"error":{"message":"m","type":"t","param":null,"code":null}}""");
    }

    [Fact]
    public void Response_in_a_stream_event_round_trips()
    {
        string line = File.ReadLines(Path.Combine(RepoFixtures.VercelResponsesFixtures, "openai-mcp-tool-approval.1.chunks.txt")).First();
        JsonElement response = RepoFixtures.Parse(line).GetProperty("response");
        Response parsed = RepoFixtures.RoundTrip<Response>(response.GetRawText());
        parsed.Tools.Should().ContainSingle().Which.Should().BeOfType<McpTool>().Which.RequireApproval!.Mode.Should().NotBeNull();
    }
}
