using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary><c>POST /v1/chat/completions</c> over raw HTTP: the bodies and chunks it writes, what reaches the upstream, and its errors.</summary>
public sealed class ChatCompletionsEndpointTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static bool Has(JsonElement value, string name) => value.TryGetProperty(name, out JsonElement _);

    private static void ShouldBeValidBody(JsonElement body) =>
        SchemaValidator.Strict.Validate(ApiSpec.OpenAI, ChatStream.BodySchema, body).Should().BeEmpty(body.GetRawText());

    [Fact]
    public async Task A_completion_against_Anthropic_is_a_valid_chat_completion_with_usage()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", """
            {"model":"claude","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"Hi"}]}],
             "max_tokens":50,"temperature":0.2,"stop":["END"],"user":"u-1","metadata":{"team":"a"}}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        body.GetProperty("object").GetString().Should().Be("chat.completion");
        body.GetProperty("id").GetString().Should().StartWith("chatcmpl-");
        JsonElement choice = body.GetProperty("choices").EnumerateArray().Should().ContainSingle().Subject;
        choice.GetProperty("finish_reason").GetString().Should().Be("stop");
        JsonElement message = choice.GetProperty("message");
        message.GetProperty("role").GetString().Should().Be("assistant");
        message.GetProperty("content").GetString().Should().StartWith("Hello! I'm doing well");
        message.GetProperty("refusal").ValueKind.Should().Be(JsonValueKind.Null);
        Has(message, "tool_calls").Should().BeFalse();
        JsonElement usage = body.GetProperty("usage");
        usage.GetProperty("prompt_tokens").GetInt64().Should().Be(12);
        usage.GetProperty("completion_tokens").GetInt64().Should().Be(29);
        usage.GetProperty("total_tokens").GetInt64().Should().Be(41);
        usage.GetProperty("prompt_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(0);
        usage.GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(0);

        JsonElement upstream = (await gateway.Anthropic.WaitForRequestsAsync(1))[0].Json!.Value;
        upstream.GetProperty("model").GetString().Should().Be("claude-3-opus-latest");
        upstream.GetProperty("system").GetRawText().Should().Contain("Be brief.");
        upstream.GetProperty("messages")[0].GetProperty("role").GetString().Should().Be("user");
        upstream.GetProperty("messages")[0].GetRawText().Should().Contain("Hi");
        upstream.GetProperty("max_tokens").GetInt32().Should().Be(50);
        upstream.GetProperty("temperature").GetDouble().Should().Be(0.2);
        upstream.GetProperty("stop_sequences")[0].GetString().Should().Be("END");

        string responseId = "resp_" + body.GetProperty("id").GetString()!["chatcmpl-".Length..]; // chatcmpl-X answers resp_X
        var (stored, _) = await gateway.SendAsync(HttpMethod.Get, "/v1/responses/" + responseId);
        stored.StatusCode.Should().Be(HttpStatusCode.NotFound, "a chat completion is not written to the response store");
    }

    [Fact]
    public async Task A_stream_against_Anthropic_is_valid_chunks_with_role_first_usage_last_then_DONE()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/chat/completions", GatewayHarness.Json("""
            {"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true,"stream_options":{"include_usage":true}}
            """));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ChatStream stream = await ChatStream.ReadAsync(response);
        stream.ShouldBeValidChunks();
        stream.EndedWithDone.Should().BeTrue();
        stream.Deltas.First().GetProperty("role").GetString().Should().Be("assistant");
        stream.Deltas.Skip(1).Should().OnlyContain(d => !Has(d, "role"), "only the first chunk names the role");
        stream.Content.Should().Be("Hello there!");
        JsonElement[] chunks = [.. stream.Chunks];
        chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("stop");
        chunks[..^2].Should().OnlyContain(c => c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == JsonValueKind.Null);
        chunks[^1].GetProperty("choices").GetArrayLength().Should().Be(0, "the usage chunk has no choices");
        chunks[^1].GetProperty("usage").GetProperty("prompt_tokens").GetInt64().Should().Be(11);
        chunks[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt64().Should().Be(6);
        chunks[..^1].Should().OnlyContain(c => !Has(c, "usage"));
    }

    [Fact]
    public async Task Tool_calls_stream_as_deltas_with_index_id_and_name_first_then_argument_fragments()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/tool_use_response.txt")));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/chat/completions", GatewayHarness.Json("""
            {"model":"claude","stream":true,"messages":[{"role":"user","content":"Weather in Paris?"}],
             "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"location":{"type":"string"}}}}}],
             "tool_choice":"auto","parallel_tool_calls":false}
            """));

        ChatStream stream = await ChatStream.ReadAsync(response);
        stream.ShouldBeValidChunks();
        stream.EndedWithDone.Should().BeTrue();
        stream.Content.Should().Be("I'll check the current weather in Paris for you.");
        JsonElement[] calls = [.. stream.Deltas.Where(d => Has(d, "tool_calls")).Select(d => d.GetProperty("tool_calls").EnumerateArray().Single())];
        calls.Should().OnlyContain(c => c.GetProperty("index").GetInt32() == 0);
        calls[0].GetProperty("id").GetString().Should().Be("toolu_01NRLabsLyVHZPKxbKvkfSMn");
        calls[0].GetProperty("type").GetString().Should().Be("function");
        calls[0].GetProperty("function").GetProperty("name").GetString().Should().Be("get_weather");
        calls.Skip(1).Should().OnlyContain(c => !Has(c, "id") && !Has(c.GetProperty("function"), "name"));
        string arguments = string.Concat(calls.Select(c => c.GetProperty("function").GetProperty("arguments").GetString()));
        JsonDocument.Parse(arguments).RootElement.GetProperty("location").GetString().Should().Be("Paris");
        stream.Chunks.Last().GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("tool_calls");
        stream.Chunks.Should().OnlyContain(c => !Has(c, "usage"), "no usage chunk unless include_usage is set");

        JsonElement upstream = (await gateway.Anthropic.WaitForRequestsAsync(1))[0].Json!.Value;
        upstream.GetProperty("tools")[0].GetProperty("name").GetString().Should().Be("get_weather");
        upstream.GetProperty("tool_choice").GetProperty("disable_parallel_tool_use").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_function_call_from_OpenAI_without_the_v1_prefix_maps_tools_choice_and_roles_both_ways()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson("wire/openai-responses/example-functions.json")));

        var (response, body) = await gateway.PostAsync("/chat/completions", """
            {"model":"gpt","messages":[{"role":"developer","content":"Use tools."},{"role":"user","content":"Weather in Boston?"}],
             "tools":[{"type":"function","function":{"name":"get_current_weather","description":"Weather","parameters":{"type":"object","properties":{"location":{"type":"string"}}},"strict":true}}],
             "tool_choice":{"type":"function","function":{"name":"get_current_weather"}},"max_completion_tokens":100,"reasoning_effort":"low",
             "response_format":{"type":"json_object"},"store":true}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        JsonElement choice = body.GetProperty("choices")[0];
        choice.GetProperty("finish_reason").GetString().Should().Be("tool_calls");
        choice.GetProperty("message").GetProperty("content").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement call = choice.GetProperty("message").GetProperty("tool_calls").EnumerateArray().Should().ContainSingle().Subject;
        call.GetProperty("id").GetString().Should().Be("call_unLAR8MvFNptuiZK6K6HCy5k");
        call.GetProperty("function").GetProperty("name").GetString().Should().Be("get_current_weather");
        call.GetProperty("function").GetProperty("arguments").GetString().Should().Be("""{"location":"Boston, MA","unit":"celsius"}""");
        body.GetProperty("model").GetString().Should().Be("gpt-5.4", "the model that answered, as OpenAI reports it");

        JsonElement upstream = (await gateway.OpenAI.WaitForRequestsAsync(1))[0].Json!.Value;
        upstream.GetProperty("model").GetString().Should().Be("gpt-5.3-codex");
        upstream.GetProperty("input")[0].GetProperty("role").GetString().Should().Be("developer");
        upstream.GetProperty("input")[1].GetProperty("role").GetString().Should().Be("user");
        upstream.GetProperty("tools")[0].GetProperty("name").GetString().Should().Be("get_current_weather");
        upstream.GetProperty("tools")[0].GetProperty("strict").GetBoolean().Should().BeTrue();
        upstream.GetProperty("tool_choice").GetProperty("name").GetString().Should().Be("get_current_weather");
        upstream.GetProperty("max_output_tokens").GetInt32().Should().Be(100);
        upstream.GetProperty("reasoning").GetProperty("effort").GetString().Should().Be("low");
        upstream.GetProperty("text").GetProperty("format").GetProperty("type").GetString().Should().Be("json_object");
        upstream.GetProperty("store").GetBoolean().Should().BeFalse("chat 'store' is OpenAI's evals store, not a stored response");
    }

    [Fact]
    public async Task Legacy_functions_and_function_messages_map_to_function_calls_and_back_to_function_call()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson("wire/openai-responses/example-functions.json")));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", """
            {"model":"gpt","messages":[
               {"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}}]},
               {"role":"assistant","content":null,"function_call":{"name":"get_current_weather","arguments":"{\"location\":\"Paris\"}"}},
               {"role":"function","name":"get_current_weather","content":"18C"},
               {"role":"user","content":"And Boston?"}],
             "functions":[{"name":"get_current_weather","parameters":{"type":"object","properties":{"location":{"type":"string"}}}}],
             "function_call":{"name":"get_current_weather"}}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        JsonElement choice = body.GetProperty("choices")[0];
        choice.GetProperty("finish_reason").GetString().Should().Be("function_call");
        JsonElement call = choice.GetProperty("message").GetProperty("function_call");
        call.GetProperty("name").GetString().Should().Be("get_current_weather");
        call.GetProperty("arguments").GetString().Should().Contain("Boston");
        Has(choice.GetProperty("message"), "tool_calls").Should().BeFalse("a legacy caller reads function_call");

        JsonElement upstream = (await gateway.OpenAI.WaitForRequestsAsync(1))[0].Json!.Value;
        JsonElement[] input = [.. upstream.GetProperty("input").EnumerateArray()];
        input[0].GetProperty("content")[1].GetProperty("type").GetString().Should().Be("input_image");
        input[0].GetProperty("content")[1].GetProperty("image_url").GetString().Should().Be("https://example.com/a.png");
        input[0].GetProperty("content")[1].GetProperty("detail").GetString().Should().Be("low");
        input[1].GetProperty("type").GetString().Should().Be("function_call");
        input[2].GetProperty("type").GetString().Should().Be("function_call_output");
        input[2].GetProperty("call_id").GetString().Should().Be(input[1].GetProperty("call_id").GetString());
        input[2].GetProperty("output").GetString().Should().Be("18C");
        upstream.GetProperty("tools")[0].GetProperty("name").GetString().Should().Be("get_current_weather");
        upstream.GetProperty("tool_choice").GetProperty("name").GetString().Should().Be("get_current_weather");
        upstream.GetProperty("parallel_tool_calls").GetBoolean().Should().BeFalse("a legacy function_call answer holds one call");
    }

    [Theory]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"n":2}""", "n", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"temperature":"hot"}""", "temperature", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"tools":{"a":1}}""", "tools", null)]
    [InlineData("""{"model":"claude","messages":[]}""", "messages", "missing_required_parameter")]
    [InlineData("""{"messages":[{"role":"user","content":"Hi"}]}""", "model", "missing_required_parameter")]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":[{"type":"video_url","video_url":{}}]}]}""", "messages[0].content[0].type", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"robot","content":"Hi"}]}""", "messages[0].role", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"tool","content":"18C"}]}""", "messages[0].tool_call_id", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"logprobs":true}""", "logprobs", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"custom","custom":{"name":"x"}}]}""", "tools[0].type", null)]
    [InlineData("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"response_format":{"type":"yaml"}}""", "response_format.type", null)]
    public async Task Bad_requests_are_400_invalid_request_errors_naming_the_field(string json, string param, string? code)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        JsonElement error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be(param);
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        if (code is not null)
        {
            error.GetProperty("code").GetString().Should().Be(code);
        }

        gateway.Anthropic.Requests.Should().BeEmpty("a bad request never reaches the upstream");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_and_an_unknown_model_a_404_model_not_found()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (malformed, malformedBody) = await gateway.PostAsync("/v1/chat/completions", """{"model":"claude","messages":[{"role":"user",""");
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformedBody.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");

        var (unknown, unknownBody) = await gateway.PostAsync("/v1/chat/completions", """{"model":"gpt-9","messages":[{"role":"user","content":"Hi"}]}""");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknownBody.GetProperty("error").GetProperty("code").GetString().Should().Be("model_not_found");
        unknownBody.GetProperty("error").GetProperty("param").GetString().Should().Be("model");
    }

    [Fact]
    public async Task An_upstream_error_before_the_stream_is_a_json_error_with_its_status()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json("""{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}""", 429));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", """{"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true}""");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, body.ToString());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain("slow down");
    }

    [Fact]
    public async Task A_stream_cut_by_the_upstream_ends_with_an_error_line_then_DONE()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt").Take(4)));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/chat/completions",
            GatewayHarness.Json("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ChatStream stream = await ChatStream.ReadAsync(response);
        stream.ShouldBeValidChunks();
        stream.EndedWithDone.Should().BeTrue();
        JsonElement error = stream.Data[^1].GetProperty("error");
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("type").GetString().Should().NotBeNullOrWhiteSpace();
        stream.Chunks.Should().OnlyContain(c => c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == JsonValueKind.Null,
            "a cut answer has no finish reason");
    }
}
