using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// router_settings and per-deployment litellm_params applied through the gateway over real HTTP to the fakes: load
/// balancing by weight, cooldown, num_retries, fallbacks (configured and request-level) and the served-by headers.
/// </summary>
public sealed class RouterSettingsTests
{
    // Two deployments of "pool" on the OpenAI fake, told apart by the provider model they send.
    private static string Pool(string routerSettings, double eastWeight = 1, double westWeight = 1) => $"""
          - model_name: pool
            litellm_params:
              model: openai/gpt-east
              api_key: sk-east
              api_base: {"{openai}"}
              weight: {eastWeight}
            model_info:
              id: east
          - model_name: pool
            litellm_params:
              model: openai/gpt-west
              api_key: sk-west
              api_base: {"{openai}"}
              weight: {westWeight}
            model_info:
              id: west
        router_settings:
        {routerSettings}
        """;

    [Fact]
    public async Task Two_deployments_of_one_model_name_share_traffic_by_weight()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: Pool("  routing_strategy: simple-shuffle", eastWeight: 3, westWeight: 1), random: new Random(7));
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));

        var servedBy = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"pool","input":"hi"}""");
            response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
            string deployment = response.Header(ResponsesServedBy.HeaderName)!;
            body.GetProperty("model").GetString().Should().Be(deployment == "east" ? "gpt-east" : "gpt-west", "each deployment sends its own provider model");
            response.Header("x-litellm-model-id").Should().Be(deployment);
            servedBy.Add(deployment);
        }

        int east = servedBy.Count(d => d == "east");
        int west = servedBy.Count(d => d == "west");
        (east + west).Should().Be(40);
        west.Should().BeGreaterThan(0, "the lighter deployment still gets traffic");
        east.Should().BeGreaterThan(2 * west, "weight 3 against weight 1 (seeded random: {0} east, {1} west)", east, west);
    }

    [Fact]
    public async Task A_failing_deployment_cools_down_and_the_other_serves()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(
            extraModels: Pool("  allowed_fails: 0\n  cooldown_time: 60\n  num_retries: 1\n  retry_after: 1"), time: time, random: new Random(1));
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r =>
            r.Json!.Value.GetProperty("model").GetString() == "gpt-east" ? RouterFakes.OpenAIError(503, "overloaded") : RouterFakes.OpenAIReply(r));

        for (int i = 0; i < 10; i++)
        {
            var (response, body) = await RouterFakes.WhileAdvancingAsync(time, gateway.PostAsync("/v1/responses", """{"model":"pool","input":"hi"}"""));
            response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
            response.Header(ResponsesServedBy.HeaderName).Should().Be("west");
        }

        // allowed_fails 0: the first 503 cools "east" down for 60 s; the retry and every later call go to "west".
        gateway.OpenAI.Requests.Count(r => r.Json!.Value.GetProperty("model").GetString() == "gpt-east").Should().Be(1);
        gateway.OpenAI.Requests.Count(r => r.Json!.Value.GetProperty("model").GetString() == "gpt-west").Should().Be(10);
    }

    [Fact]
    public async Task Num_retries_retries_a_503_then_succeeds()
    {
        var time = new FakeTimeProvider();
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: "router_settings:\n  num_retries: 2\n  retry_after: 2", time: time);
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(503, "overloaded"));
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));

        var (response, body) = await RouterFakes.WhileAdvancingAsync(time, gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        gateway.OpenAI.Requests.Should().HaveCount(2);
        response.Header("x-litellm-attempted-retries").Should().Be("1");
        response.Header(ResponsesServedBy.HeaderName).Should().Be("gpt-1", "a deployment without model_info.id is named after its model_name");
    }

    [Fact]
    public async Task Without_num_retries_a_503_is_returned_at_once()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(503, "overloaded"));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi"}""");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body.ToString());
        gateway.OpenAI.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Fallbacks_move_a_429_model_to_another_model_name_and_the_header_names_the_serving_deployment()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: "router_settings:\n  fallbacks: [{\"gpt\": [\"claude\"]}]");
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(429, "rate_limit_exceeded"));
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson("wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__/anthropic-text.json")));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        response.Header(ResponsesServedBy.HeaderName).Should().Be("claude-1");
        response.Header("x-litellm-attempted-fallbacks").Should().Be("1");
        response.Header("x-litellm-model-api-base").Should().Be(gateway.Anthropic.BaseAddress.ToString());
        (await gateway.Anthropic.WaitForRequestsAsync(1))[0].Json!.Value.GetProperty("model").GetString()
            .Should().Be("claude-3-opus-latest", "the fallback's deployment sends its own provider model");
    }

    [Fact]
    public async Task The_request_level_fallbacks_field_is_honoured_and_never_sent_upstream()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(503, "overloaded"));
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson("wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__/anthropic-text.json")));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi","fallbacks":["claude"]}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        response.Header(ResponsesServedBy.HeaderName).Should().Be("claude-1");
        gateway.OpenAI.Requests[0].Json!.Value.TryGetProperty("fallbacks", out _).Should().BeFalse();
        gateway.Anthropic.Requests[0].Json!.Value.TryGetProperty("fallbacks", out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_key_cannot_reach_a_model_it_may_not_use_through_request_fallbacks()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (_, generated) = await gateway.PostAsync("/key/generate", """{"models":["gpt"]}""");
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", generated.GetProperty("key").GetString());
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(503, "overloaded"));

        using HttpResponseMessage response = await client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"gpt","input":"hi","fallbacks":["claude"]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        gateway.Anthropic.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Chat_completions_get_the_served_by_header_as_JSON_and_as_a_stream()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json(Fixtures.ReadJson("wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__/anthropic-text.json")),
            UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));

        var (json, body) = await gateway.PostAsync("/v1/chat/completions", """{"model":"claude","messages":[{"role":"user","content":"Hi"}]}""");
        json.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        json.Header(ResponsesServedBy.HeaderName).Should().Be("claude-1");

        using HttpResponseMessage stream = await gateway.Client.PostAsync("/v1/chat/completions",
            GatewayHarness.Json("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true}"""));
        stream.StatusCode.Should().Be(HttpStatusCode.OK);
        stream.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        stream.Header(ResponsesServedBy.HeaderName).Should().Be("claude-1");
        (await stream.Content.ReadAsStringAsync()).Should().EndWith("data: [DONE]\n\n");
    }

    [Fact]
    public async Task A_wildcard_model_name_still_serves_any_name_through_the_pipeline()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: """
              - model_name: "*"
                litellm_params:
                  model: openai/*
                  api_key: sk-any
                  api_base: {openai}
            """);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt-4.1-mini","input":"hi"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        gateway.OpenAI.Requests[0].Json!.Value.GetProperty("model").GetString().Should().Be("gpt-4.1-mini");
        response.Header(ResponsesServedBy.HeaderName).Should().Be("*-1");
        JsonElement cost = body.GetProperty("usage").GetProperty("cost");
        cost.GetProperty("total_cost").GetDecimal().Should().BeGreaterThan(0, "gpt-4.1-mini is in the price table");
    }

    [Fact]
    public async Task Context_window_fallbacks_catch_only_context_window_failures_and_default_fallbacks_the_rest()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: """
              - model_name: big
                litellm_params:
                  model: openai/gpt-big
                  api_key: sk-big
                  api_base: {openai}
            router_settings:
              context_window_fallbacks: [{"gpt": ["big"]}]
              default_fallbacks: ["claude"]
            """);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => r.Json!.Value.GetProperty("model").GetString() switch
        {
            "gpt-big" => RouterFakes.OpenAIReply(r),
            _ when r.Json!.Value.GetProperty("input").GetString() == "long" =>
                UpstreamReply.Json("""{"error":{"message":"This model's maximum context length is 128000 tokens.","type":"invalid_request_error","param":"input","code":"context_length_exceeded"}}""", 400),
            _ => UpstreamReply.Json("""{"error":{"message":"Unsupported parameter: 'foo'.","type":"invalid_request_error","param":"foo","code":null}}""", 400),
        });
        gateway.Anthropic.EnqueuePost("/v1/messages", RouterFakes.AnthropicError(529));

        var (moved, movedBody) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"long"}""");
        moved.StatusCode.Should().Be(HttpStatusCode.OK, movedBody.ToString());
        moved.Header(ResponsesServedBy.HeaderName).Should().Be("big-1");
        movedBody.GetProperty("model").GetString().Should().Be("gpt-big");

        // A plain 400 would fail everywhere: no fallback, not even the default one (claude gets nothing).
        var (plain, plainBody) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"short"}""");
        plain.StatusCode.Should().Be(HttpStatusCode.BadRequest, plainBody.ToString());
        plainBody.GetProperty("error").GetProperty("param").GetString().Should().Be("foo");
        gateway.Anthropic.Requests.Should().BeEmpty();

        // "big" has no fallbacks of its own: default_fallbacks apply to it; Anthropic's 529 is the last failure.
        gateway.OpenAI.EnqueuePost("/v1/responses", RouterFakes.OpenAIError(503, "overloaded"));
        var (defaulted, defaultedBody) = await gateway.PostAsync("/v1/responses", """{"model":"big","input":"x"}""");
        defaulted.StatusCode.Should().Be((HttpStatusCode)529, defaultedBody.ToString());
        defaulted.Header(ResponsesServedBy.HeaderName).Should().Be("claude-1", "the header names the last deployment tried");
        gateway.Anthropic.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_deployments_timeout_and_max_retries_retry_a_hung_attempt_and_stream_timeout_limits_streams()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(time: time, extraModels: """
              - model_name: slow
                litellm_params:
                  model: openai/gpt-slow
                  api_key: sk-slow
                  api_base: {openai}
                  timeout: 30
                  stream_timeout: 5
                  max_retries: 1
            """);
        UpstreamReply hang = UpstreamReply.Custom((_, ct) => Task.Delay(Timeout.Infinite, ct));
        gateway.OpenAI.EnqueuePost("/v1/responses", hang);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));

        // The first attempt hangs; after 30 s (fake clock) it times out and max_retries 1 tries the deployment again.
        DateTimeOffset before = time.GetUtcNow();
        var (response, body) = await RouterFakes.WhileAdvancingAsync(time, gateway.PostAsync("/v1/responses", """{"model":"slow","input":"hi"}"""));
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        gateway.OpenAI.Requests.Should().HaveCount(2);
        (time.GetUtcNow() - before).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));

        // Both stream attempts hang: each gives up after stream_timeout (5 s), long before timeout (30 s) would.
        gateway.OpenAI.EnqueuePost("/v1/responses", hang, hang);
        before = time.GetUtcNow();
        var (timedOut, timedOutBody) = await RouterFakes.WhileAdvancingAsync(time, gateway.PostAsync("/v1/responses", """{"model":"slow","input":"hi","stream":true}"""));
        timedOut.StatusCode.Should().Be(HttpStatusCode.RequestTimeout, timedOutBody.ToString());
        timedOutBody.GetProperty("error").GetProperty("code").GetString().Should().Be("timeout");
        gateway.OpenAI.Requests.Should().HaveCount(4);
        (time.GetUtcNow() - before).Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Deployments_at_their_rpm_are_skipped_and_when_all_are_the_answer_is_429_no_deployments_available_with_Retry_After()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        string pool = Pool("  routing_strategy: usage-based-routing-v2").Replace("weight: 1", "rpm: 1", StringComparison.Ordinal);
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: pool, time: time);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));

        var first = await gateway.PostAsync("/v1/responses", """{"model":"pool","input":"1"}""");
        var second = await gateway.PostAsync("/v1/responses", """{"model":"pool","input":"2"}""");
        new[] { first.Response.Header(ResponsesServedBy.HeaderName), second.Response.Header(ResponsesServedBy.HeaderName) }
            .Should().BeEquivalentTo(["east", "west"], "each deployment takes one request a minute");

        var (third, body) = await gateway.PostAsync("/v1/responses", """{"model":"pool","input":"3"}""");
        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, body.ToString());
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("no_deployments_available");
        third.Headers.RetryAfter!.Delta.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
        gateway.OpenAI.Requests.Should().HaveCount(2);

        time.Advance(TimeSpan.FromSeconds(61));
        (await gateway.PostAsync("/v1/responses", """{"model":"pool","input":"4"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
