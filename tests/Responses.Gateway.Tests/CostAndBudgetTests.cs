using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// Cost, spend, virtual-key budgets and rate limits, and telemetry wired into the gateway: model_info prices,
/// usage.cost, /key/info spend, rpm_limit and max_budget 429s with Retry-After, and the Responses meter on /metrics.
/// </summary>
public sealed class CostAndBudgetTests
{
    // model_info overrides: $2 per million input tokens, $10 per million output tokens.
    private const string PricedModel = """
          - model_name: priced
            litellm_params:
              model: openai/my-finetune
              api_key: sk-priced
              api_base: {openai}
            model_info:
              input_cost_per_token: 0.000002
              output_cost_per_token: 0.00001
        """;

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture);

    private static async Task<HttpClient> ClientForNewKeyAsync(GatewayHarness gateway, string body)
    {
        var (response, generated) = await gateway.PostAsync("/key/generate", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, generated.ToString());
        var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", generated.GetProperty("key").GetString());
        return client;
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, string json)
    {
        HttpResponseMessage response = await client.PostAsync("/v1/responses", GatewayHarness.Json(json));
        return (response, await GatewayHarness.BodyAsync(response));
    }

    [Fact]
    public async Task A_model_info_price_gives_the_hand_computed_usage_cost_and_the_key_spend_grows_by_it()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: PricedModel);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r, inputTokens: 1000, outputTokens: 500));
        using HttpClient client = await ClientForNewKeyAsync(gateway, "{}");

        var (response, body) = await PostAsync(client, """{"model":"priced","input":"hi"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        JsonElement cost = body.GetProperty("usage").GetProperty("cost");

        // 1000 input tokens × $0.000002 = $0.002; 500 output tokens × $0.00001 = $0.005; total $0.007.
        cost.GetProperty("input_tokens_cost").GetDecimal().Should().Be(0.002m);
        cost.GetProperty("output_tokens_cost").GetDecimal().Should().Be(0.005m);
        cost.GetProperty("total_cost").GetDecimal().Should().Be(0.007m);

        using HttpResponseMessage info = await client.GetAsync("/key/info");
        JsonElement infoBody = await GatewayHarness.BodyAsync(info);
        infoBody.GetProperty("info").GetProperty("spend").GetDecimal().Should().Be(0.007m);

        await PostAsync(client, """{"model":"priced","input":"again"}""");
        using HttpResponseMessage info2 = await client.GetAsync("/key/info");
        (await GatewayHarness.BodyAsync(info2)).GetProperty("info").GetProperty("spend").GetDecimal().Should().Be(0.014m);
    }

    [Fact]
    public async Task A_streamed_response_carries_usage_cost_on_its_terminal_event_and_the_served_by_header()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: """
              - model_name: priced-claude
                litellm_params:
                  model: anthropic/claude-3-opus-latest
                  api_key: sk-ant-test
                  api_base: {anthropic}
                model_info:
                  id: claude-priced
                  input_cost_per_token: 0.000003
                  output_cost_per_token: 0.000015
            """);
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"priced-claude","input":"hi","stream":true}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Header(ResponsesServedBy.HeaderName).Should().Be("claude-priced", "the header is written before the first event");
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(response);
        StreamLifecycleChecker.AssertValid(events);
        JsonElement completed = events.Single(e => e.GetProperty("type").GetString() == "response.completed").GetProperty("response");
        JsonElement usage = completed.GetProperty("usage");
        long input = usage.GetProperty("input_tokens").GetInt64();
        long output = usage.GetProperty("output_tokens").GetInt64();

        // No cache tokens in this recording: input × $0.000003 + output × $0.000015.
        usage.GetProperty("cost").GetProperty("total_cost").GetDecimal().Should().Be((input * 0.000003m) + (output * 0.000015m));
    }

    [Fact]
    public async Task A_key_with_rpm_limit_1_gets_429_with_Retry_After_then_recovers_when_the_minute_turns()
    {
        var time = new FakeTimeProvider(Start);
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(time: time);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r));
        using HttpClient client = await ClientForNewKeyAsync(gateway, """{"rpm_limit":1}""");

        (await PostAsync(client, """{"model":"gpt","input":"one"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(20));
        var (refused, body) = await PostAsync(client, """{"model":"gpt","input":"two"}""");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, body.ToString());
        body.GetProperty("error").GetProperty("type").GetString().Should().Be("rate_limit_error");
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(40), "the one-minute window started at 10:00:00 and it is 10:00:20");
        gateway.OpenAI.Requests.Should().HaveCount(1, "a refused call never reaches the provider");

        // A stream is refused before its first event: a JSON error with the same header.
        using HttpResponseMessage stream = await client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"gpt","input":"two","stream":true}"""));
        stream.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        stream.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        stream.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(40));

        time.Advance(TimeSpan.FromSeconds(40));
        (await PostAsync(client, """{"model":"gpt","input":"three"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_key_over_its_max_budget_gets_429_budget_exceeded()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: PricedModel);
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r, inputTokens: 1000, outputTokens: 500));
        using HttpClient client = await ClientForNewKeyAsync(gateway, """{"max_budget":0.005}""");

        // The first call is admitted ($0 spent) and costs $0.007, over the $0.005 budget.
        (await PostAsync(client, """{"model":"priced","input":"one"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (refused, body) = await PostAsync(client, """{"model":"priced","input":"two"}""");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, body.ToString());
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("budget_exceeded");
        refused.Headers.RetryAfter.Should().BeNull("a budget without budget_duration never resets");
        gateway.OpenAI.Requests.Should().HaveCount(1);

        // Chat completions are refused the same way.
        using HttpResponseMessage chat = await client.PostAsync("/v1/chat/completions", GatewayHarness.Json("""{"model":"priced","messages":[{"role":"user","content":"Hi"}]}"""));
        chat.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task An_upstream_429_with_retry_after_passes_its_Retry_After_header_on()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Custom(async (context, ct) =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers["retry-after"] = "7";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""", ct);
        }));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi"}""");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, body.ToString());
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
    }

    [Fact]
    public async Task Metrics_show_the_GenAI_token_usage_after_a_request()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => RouterFakes.OpenAIReply(r, inputTokens: 12, outputTokens: 3));
        (await gateway.PostAsync("/v1/responses", """{"model":"gpt","input":"hi"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);

        using var scraper = new HttpClient { BaseAddress = gateway.BaseAddress };
        string metrics = await scraper.GetStringAsync("/metrics");

        string[] lines = metrics.Split('\n');
        lines.Should().Contain(l => l.StartsWith("gen_ai_client_token_usage", StringComparison.Ordinal) && l.Contains("gen_ai_token_type=\"input\"", StringComparison.Ordinal),
            "the Responses meter of the telemetry middleware is exported");
        lines.Should().Contain(l => l.StartsWith("gen_ai_client_operation_duration", StringComparison.Ordinal));
    }
}
