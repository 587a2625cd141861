using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

public sealed class EndpointTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static void ShouldBeValidResponse(JsonElement response) =>
        SchemaValidator.Default.ValidateResponse(response, ApiSpec.OpenAI).Should().BeEmpty();

    private static void ShouldBeValidStream(IReadOnlyList<JsonElement> events)
    {
        events.Should().NotBeEmpty();
        events.SelectMany(e => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)).Should().BeEmpty();
        StreamLifecycleChecker.AssertValid(events);
    }

    // The Vercel recordings are abbreviated (no tools, metadata… in the response): OpenAI's body passes through the
    // gateway as recorded, so it may show the recording's own schema violations, and no others.
    private static void ShouldBeValidLikeTheRecording(JsonElement response, JsonElement recorded) =>
        SchemaValidator.Default.ValidateResponse(response, ApiSpec.OpenAI)
            .Should().BeSubsetOf(SchemaValidator.Default.ValidateResponse(recorded, ApiSpec.OpenAI));

    private static void ShouldBeValidStreamLikeTheRecording(IReadOnlyList<JsonElement> events, IReadOnlyList<JsonElement> recorded)
    {
        events.Should().NotBeEmpty();
        events.SelectMany(e => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI))
            .Should().BeSubsetOf(recorded.SelectMany(e => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)));
        StreamLifecycleChecker.AssertValid(events, StreamLifecycleOptions.Abbreviated); // the recording has deltas cut out
    }

    private static JsonElement WithId(JsonElement response, string id) =>
        JsonDocument.Parse(response.GetRawText().Replace(response.GetProperty("id").GetString()!, id)).RootElement.Clone();

    [Fact]
    public async Task Create_json_against_OpenAI_then_get_it_back_at_once()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        JsonElement recorded = Fixtures.ReadJson(OpenAIRecording + ".json");
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(recorded));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"Hello","x_custom_field":{"a":1}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidLikeTheRecording(body, recorded);
        body.GetProperty("status").GetString().Should().Be("completed");
        RecordedRequest upstream = (await gateway.OpenAI.WaitForRequestsAsync(1))[0];
        upstream.Header("Authorization").Should().Be("Bearer sk-openai-test");
        upstream.Json!.Value.GetProperty("model").GetString().Should().Be("gpt-5.3-codex");
        upstream.Json!.Value.GetProperty("x_custom_field").GetProperty("a").GetInt32().Should().Be(1, "unknown fields go through to the provider");

        string id = body.GetProperty("id").GetString()!;
        var (get, stored) = await gateway.SendAsync(HttpMethod.Get, $"/v1/responses/{id}");
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        stored.GetProperty("id").GetString().Should().Be(id);
        stored.GetProperty("output").GetRawText().Should().Be(body.GetProperty("output").GetRawText());
    }

    [Fact]
    public async Task Create_streaming_against_OpenAI_replays_a_valid_stream_and_can_be_resumed()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt");
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.SseEvents(recorded));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"gpt","input":"Hello","stream":true}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(response);
        ShouldBeValidStreamLikeTheRecording(events, recorded);
        events[^1].GetProperty("type").GetString().Should().Be("response.completed");
        string id = events[0].GetProperty("response").GetProperty("id").GetString()!;

        var (get, stored) = await gateway.SendAsync(HttpMethod.Get, $"/v1/responses/{id}");
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        stored.GetProperty("status").GetString().Should().Be("completed");

        using HttpResponseMessage resumed = await gateway.Client.GetAsync($"/v1/responses/{id}?stream=true&starting_after=2");
        resumed.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<JsonElement> tail = await GatewayHarness.ReadEventsAsync(resumed);
        tail.Select(e => e.GetProperty("sequence_number").GetInt32())
            .Should().Equal(events.Select(e => e.GetProperty("sequence_number").GetInt32()).Where(n => n > 2));
    }

    [Fact]
    public async Task Create_json_and_streaming_against_Anthropic()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")),
            UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"claude","input":"Hello"}""");
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidResponse(body);
        (await gateway.Anthropic.WaitForRequestsAsync(1))[0].Header("x-api-key").Should().Be("sk-ant-test");

        using HttpResponseMessage stream = await gateway.Client.PostAsync("/responses", GatewayHarness.Json("""{"model":"claude","input":"Hello","stream":true}"""));
        stream.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(stream);
        ShouldBeValidStream(events);
        events[^1].GetProperty("type").GetString().Should().Be("response.completed");
    }

    [Fact]
    public async Task Previous_response_id_chain_input_items_and_delete()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        JsonElement recorded = Fixtures.ReadJson(OpenAIRecording + ".json");
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(WithId(recorded, "resp_first")), UpstreamReply.Json(WithId(recorded, "resp_second")));

        var (_, first) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"First question"}""");
        string firstId = first.GetProperty("id").GetString()!;
        var (second, secondBody) = await gateway.PostAsync("/v1/responses", $$"""{"model":"gpt","input":"Second question","previous_response_id":"{{firstId}}"}""");
        second.StatusCode.Should().Be(HttpStatusCode.OK, secondBody.ToString());

        IReadOnlyList<RecordedRequest> requests = await gateway.OpenAI.WaitForRequestsAsync(2);
        string sent = requests[1].Json!.Value.GetProperty("input").GetRawText();
        sent.Should().Contain("First question").And.Contain("Second question");

        var (items, list) = await gateway.SendAsync(HttpMethod.Get, $"/v1/responses/{firstId}/input_items?limit=10&order=asc");
        items.StatusCode.Should().Be(HttpStatusCode.OK);
        list.GetProperty("object").GetString().Should().Be("list");
        list.GetProperty("data").GetArrayLength().Should().Be(1);
        list.GetProperty("data")[0].GetRawText().Should().Contain("First question");

        var (delete, deleted) = await gateway.SendAsync(HttpMethod.Delete, $"/v1/responses/{firstId}");
        delete.StatusCode.Should().Be(HttpStatusCode.OK);
        deleted.GetProperty("deleted").GetBoolean().Should().BeTrue();

        var (get, error) = await gateway.SendAsync(HttpMethod.Get, $"/responses/{firstId}");
        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
    }

    [Fact]
    public async Task Without_the_master_key_requests_get_401()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.BaseAddress };

        using HttpResponseMessage missing = await anonymous.GetAsync("/v1/models");
        using var wrongRequest = new HttpRequestMessage(HttpMethod.Post, "/v1/responses") { Content = GatewayHarness.Json("""{"model":"gpt","input":"x"}""") };
        wrongRequest.Headers.Authorization = new("Bearer", "sk-wrong");
        using HttpResponseMessage wrong = await anonymous.SendAsync(wrongRequest);

        missing.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        JsonElement error = (await GatewayHarness.BodyAsync(wrong)).GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("code").GetString().Should().Be("invalid_api_key");
        gateway.OpenAI.Requests.Should().BeEmpty();
        (await anonymous.GetAsync("/health/liveliness")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_master_key_the_gateway_is_open()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(masterKey: null);
        using HttpResponseMessage models = await gateway.Client.GetAsync("/models");
        models.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Models_lists_the_model_names_with_and_without_v1()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        foreach (string path in new[] { "/v1/models", "/models" })
        {
            var (response, body) = await gateway.SendAsync(HttpMethod.Get, path);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            body.GetProperty("object").GetString().Should().Be("list");
            body.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal("gpt", "claude");
        }

        (await gateway.Client.GetAsync("/health/readiness")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_model_is_404_model_not_found()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"nope","input":"x"}""");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("model_not_found");
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("model");
    }

    [Theory]
    [InlineData("{\"model\":\"gpt\",", null)]
    [InlineData("{\"model\":\"gpt\",\"input\":\"x\",\"temperature\":\"hot\"}", "temperature")]
    [InlineData("{\"model\":\"gpt\",\"input\":\"x\",\"stream\":\"yes\"}", "stream")]
    public async Task Malformed_json_or_a_wrong_type_is_400(string json, string? param)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (response, body) = await gateway.PostAsync("/v1/responses", json);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        if (param is null)
        {
            error.GetProperty("param").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            error.GetProperty("param").GetString().Should().Be(param);
            error.GetProperty("message").GetString().Should().Contain(param);
        }

        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_upstream_error_keeps_its_status_and_openai_shape()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses",
            UpstreamReply.Json("""{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""", 429),
            UpstreamReply.Json("""{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""", 429),
            UpstreamReply.Json("""{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""", 429),
            UpstreamReply.Json("""{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""", 429));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"x"}""");

        response.StatusCode.Should().Be((HttpStatusCode)429, body.ToString());
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
    }
}
