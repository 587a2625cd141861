using System.Text.Json;
using Responses.Providers.Bedrock;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class BedrockRequestMappingTests
{
    private static readonly string TextAnswer = """{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2}}""";

    [Fact]
    public async Task A_full_request_maps_to_the_golden_converse_body()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));
        var request = ResponsesJson.Deserialize<CreateResponseRequest>("""
            {
              "model": "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
              "instructions": "Be brief.",
              "input": [
                {"role": "developer", "content": "Use metric units."},
                {"role": "user", "content": [
                  {"type": "input_text", "text": "What is in these?"},
                  {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo="},
                  {"type": "input_file", "filename": "report 2024.pdf", "file_data": "data:application/pdf;base64,JVBERi0x"}
                ]},
                {"role": "assistant", "content": [{"type": "output_text", "text": "Let me check."}]},
                {"type": "function_call", "call_id": "c1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}"},
                {"type": "function_call", "call_id": "c2", "name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"},
                {"type": "function_call_output", "call_id": "c1", "output": "18C"},
                {"type": "function_call_output", "call_id": "c2", "output": "4C", "is_error": true},
                {"role": "user", "content": "Thanks"}
              ],
              "tools": [{"type": "function", "name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}],
              "tool_choice": "required",
              "max_output_tokens": 500,
              "temperature": 0.2,
              "top_p": 0.9,
              "stop": ["END"],
              "metadata": {"trace": "t1"}
            }
            """)!;

        await harness.CreateAsync(request);

        RecordedRequest recorded = await harness.LastRequestAsync();
        recorded.Path.Should().Be("/model/us.anthropic.claude-3-7-sonnet-20250219-v1:0/converse");
        JsonAssert.Equal("""
            {
              "messages": [
                {"role": "user", "content": [
                  {"text": "What is in these?"},
                  {"image": {"format": "png", "source": {"bytes": "iVBORw0KGgo="}}},
                  {"document": {"format": "pdf", "name": "report 2024", "source": {"bytes": "JVBERi0x"}}}
                ]},
                {"role": "assistant", "content": [
                  {"text": "Let me check."},
                  {"toolUse": {"toolUseId": "c1", "name": "get_weather", "input": {"city": "Paris"}}},
                  {"toolUse": {"toolUseId": "c2", "name": "get_weather", "input": {"city": "Oslo"}}}
                ]},
                {"role": "user", "content": [
                  {"toolResult": {"toolUseId": "c1", "content": [{"text": "18C"}]}},
                  {"toolResult": {"toolUseId": "c2", "content": [{"text": "4C"}], "status": "error"}},
                  {"text": "Thanks"}
                ]}
              ],
              "system": [{"text": "Be brief."}, {"text": "Use metric units."}],
              "inferenceConfig": {"maxTokens": 500, "temperature": 0.2, "topP": 0.9, "stopSequences": ["END"]},
              "toolConfig": {
                "tools": [{"toolSpec": {"name": "get_weather", "description": "Weather", "inputSchema": {"json": {"type": "object", "properties": {"city": {"type": "string"}}}}}}],
                "toolChoice": {"any": {}}
              },
              "requestMetadata": {"trace": "t1"}
            }
            """, recorded.BodyText);
    }

    [Theory]
    [InlineData("low", 4096, null, 32000)]
    [InlineData("high", 20480, 1000, 21480)]
    [InlineData("medium", 10240, 50000, 50000)]
    public async Task Reasoning_effort_becomes_claude_thinking_in_additional_model_request_fields(string effort, int budget, int? maxOutput, int expectedMax)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));

        await harness.CreateAsync(new CreateResponseRequest
        {
            Model = "anthropic.claude-sonnet-4-20250514-v1:0",
            Input = "Think",
            MaxOutputTokens = maxOutput,
            Reasoning = new ReasoningOptions { Effort = new ReasoningEffort(effort) },
        });

        JsonElement body = await harness.LastRequestBodyAsync();
        JsonAssert.Equal("{\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":" + budget + "}}", body.GetProperty("additionalModelRequestFields").GetRawText());
        body.GetProperty("inferenceConfig").GetProperty("maxTokens").GetInt32().Should().Be(expectedMax);
    }

    [Fact]
    public async Task Reasoning_effort_is_not_sent_to_models_other_than_claude()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));

        await harness.CreateAsync(new CreateResponseRequest { Model = "amazon.nova-pro-v1:0", Input = "Hi", Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } });

        JsonElement body = await harness.LastRequestBodyAsync();
        body.TryGetProperty("additionalModelRequestFields", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Model_ids_with_colons_and_slashes_are_escaped_in_the_path()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.Upstream.Route("POST", "/model/", PathMatch.Prefix).Always(UpstreamReply.Json(TextAnswer));
        const string Arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0";

        await harness.CreateAsync(new CreateResponseRequest { Model = Arn, Input = "Hi" });

        BedrockResponsesClient.ModelUri(new Uri("https://bedrock-runtime.us-east-1.amazonaws.com/"), Arn, "converse").AbsoluteUri
            .Should().Be("https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-5-haiku-20241022-v1%3A0/converse");
        (await harness.LastRequestAsync()).Headers["Authorization"].Should().StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
    }

    [Fact]
    public async Task Requests_are_signed_with_sigv4_and_the_session_token()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));

        await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        RecordedRequest request = await harness.LastRequestAsync();
        request.Header("Authorization").Should().MatchRegex("^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$");
        request.Header("X-Amz-Security-Token").Should().Be("fixture-session-token");
        request.Header("x-amz-content-sha256").Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(request.Body.Span)));
    }

    [Fact]
    public async Task A_bedrock_api_key_is_sent_as_a_bearer_token_instead_of_a_signature()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync(o => o.ApiKey = "bedrock-api-key-123");
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));

        await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        RecordedRequest request = await harness.LastRequestAsync();
        request.Header("Authorization").Should().Be("Bearer bedrock-api-key-123");
        request.Header("X-Amz-Date").Should().BeNull();
    }

    [Fact]
    public async Task Missing_credentials_fail_clearly_before_sending()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync(o =>
        {
            o.Credentials = null;
            o.CredentialsProvider = _ => throw new InvalidOperationException("no chain");
        });

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(401);
        error.IsRetriable.Should().BeFalse();
        harness.Upstream.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"type":"function","name":"f"}""", """{"tool":{"name":"f"}}""")]
    [InlineData("\"auto\"", """{"auto":{}}""")]
    public async Task Tool_choice_maps(string choice, string expected)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));
        var request = ResponsesJson.Deserialize<CreateResponseRequest>($$"""{"input":"Hi","tools":[{"type":"function","name":"f"}],"tool_choice":{{choice}}}""")!;

        await harness.CreateAsync(request);

        JsonElement body = await harness.LastRequestBodyAsync();
        JsonAssert.Equal(expected, body.GetProperty("toolConfig").GetProperty("toolChoice").GetRawText());
        JsonAssert.Equal("""{"type":"object","properties":{}}""", body.GetProperty("toolConfig").GetProperty("tools")[0].GetProperty("toolSpec").GetProperty("inputSchema").GetProperty("json").GetRawText());
    }

    [Fact]
    public async Task Tool_choice_none_sends_no_tools()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(TextAnswer));
        var request = ResponsesJson.Deserialize<CreateResponseRequest>("""{"input":"Hi","tools":[{"type":"function","name":"f"}],"tool_choice":"none"}""")!;

        await harness.CreateAsync(request);

        (await harness.LastRequestBodyAsync()).TryGetProperty("toolConfig", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("""[{"role":"user","content":[{"type":"input_image","image_url":"https://example.com/a.png"}]}]""", "input[0].content[0].image_url")]
    [InlineData("""[{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"role":"user","content":"next"}]""", "input[0]")]
    [InlineData("""[{"type":"function_call_output","call_id":"c9","output":"x"}]""", "input[0]")]
    public async Task Requests_bedrock_cannot_express_are_rejected_before_sending(string input, string param)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        var request = ResponsesJson.Deserialize<CreateResponseRequest>($$"""{"input":{{input}}}""")!;

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(request)).Should().ThrowAsync<ResponsesException>()).Which;

        error.StatusCode.Should().Be(400);
        error.Error.Param.Should().Be(param);
        harness.Upstream.Requests.Should().BeEmpty();
    }
}
