using System.Text.Json;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Gemini;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Cost;

/// <summary>
/// usage.cost through real providers (fake upstreams speaking each wire format), checked against hand-computed
/// figures from the built-in price table, on bodies and on the terminal stream event; every output stays spec-valid.
/// </summary>
public class CostProviderTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static readonly CreateResponseRequest Hello = new() { Model = "placeholder", Input = ResponseInput.FromString("Hello") };

    [Fact]
    public async Task OpenAI_body_with_cached_input_and_reasoning_is_priced()
    {
        // Recorded gpt-5-mini-2025-08-07 response: input 3700 (2560 cached), output 741 (640 reasoning).
        JsonElement recorded = Fixtures.ReadJson($"{CostWire.OpenAIRecordings}/openai-file-search-tool.1.json");
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Json(recorded));
        using IResponsesClient client = new ResponsesClientBuilder(lane.Client()).UseCost().Build();

        Response response = await client.CreateResponseAsync(With("gpt-5-mini"));
        JsonElement json = ResponsesJson.SerializeToElement(response);
        SchemaValidator.Default.ValidateResponse(json, ApiSpec.OpenAI).Should().BeEmpty("usage.cost is an allowed extension of OpenAI's usage object");

        // gpt-5-mini: $0.25/M input, $0.025/M cached input, $2.00/M output.
        // uncached (3700 - 2560) = 1140 × 0.00000025  = 0.000285
        // cached          2560 × 0.000000025        = 0.000064
        // input                                     = 0.000349
        // output           741 × 0.000002           = 0.001482 (of which reasoning 640 × 0.000002 = 0.00128)
        // total                                     = 0.001831
        JsonElement cost = CostWire.CostOf(json);
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.000349m);
        CostWire.Dec(cost, "cache_read_input_tokens_cost").Should().Be(0.000064m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.001482m);
        CostWire.Dec(cost, "reasoning_tokens_cost").Should().Be(0.00128m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.001831m);
        cost.TryGetProperty("cache_creation_input_tokens_cost", out _).Should().BeFalse("nothing was written to the cache");
    }

    [Fact]
    public async Task OpenAI_stream_terminal_event_is_priced()
    {
        // Recorded stream: response.completed carries input 3737 (2304 cached), output 621 (512 reasoning), gpt-5-mini-2025-08-07.
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{CostWire.OpenAIRecordings}/openai-file-search-tool.1.chunks.txt");
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(recorded));
        using IResponsesClient client = new ResponsesClientBuilder(lane.Client()).UseCost().Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(With("gpt-5-mini")));
        Wire.ShouldBeSchemaValid(events);
        events.Take(events.Count - 1).Should().OnlyContain(e => !HasCost(e), "only the terminal event carries the final usage");

        // uncached (3737 - 2304) = 1433 × 0.00000025 = 0.00035825
        // cached          2304 × 0.000000025       = 0.0000576
        // input                                    = 0.00041585
        // output           621 × 0.000002          = 0.001242
        // total                                    = 0.00165785
        JsonElement cost = CostWire.CostOf(events[^1].GetProperty("response"));
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.00041585m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.001242m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.00165785m);
    }

    [Fact]
    public async Task Anthropic_cache_read_and_cache_write_are_priced_apart()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(AnthropicBody()));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost().Build();

        JsonElement json = ResponsesJson.SerializeToElement(await client.CreateResponseAsync(With("claude-sonnet-4-5")));
        TranslatedOutput.AssertValidResponse(json);
        AssertAnthropicCost(CostWire.CostOf(json));
    }

    [Fact]
    public async Task Anthropic_stream_terminal_event_is_priced()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(AnthropicBody())));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost().Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(With("claude-sonnet-4-5")));
        TranslatedOutput.AssertValidStream(events);
        AssertAnthropicCost(CostWire.CostOf(TranslatedOutput.Terminal(events)));
    }

    [Fact]
    public async Task Gemini_thinking_tokens_are_billed_as_output()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(UpstreamReply.Json(CostWire.GeminiBody("gemini-2.5-flash", prompt: 1000, cached: 0, candidates: 200, thoughts: 300)));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost().Build();

        JsonElement json = ResponsesJson.SerializeToElement(await client.CreateResponseAsync(With("gemini-2.5-flash")));
        TranslatedOutput.AssertValidResponse(json);

        // gemini-2.5-flash: $0.30/M input, $2.50/M output (thinking included).
        // input  1000 × 0.0000003              = 0.0003
        // output (200 + 300 thoughts) = 500 × 0.0000025 = 0.00125 (reasoning 300 × 0.0000025 = 0.00075)
        // total                                = 0.00155
        JsonElement cost = CostWire.CostOf(json);
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.0003m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.00125m);
        CostWire.Dec(cost, "reasoning_tokens_cost").Should().Be(0.00075m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.00155m);
    }

    [Fact]
    public async Task Gemini_pro_above_200k_prompt_tokens_uses_the_tiered_prices_on_the_stream()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        JsonElement body = CostWire.GeminiBody("gemini-2.5-pro", prompt: 250_000, cached: 50_000, candidates: 1_000, thoughts: 1_000);
        harness.ReplyStream(GeminiHarness.Stream(GeminiWireSynth.ToChunks(body)));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost().Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(With("gemini-2.5-pro")));
        TranslatedOutput.AssertValidStream(events);

        // 250,000 prompt tokens > 200k: gemini-2.5-pro long-context prices $2.50/M input, $15/M output. LiteLLM (and so
        // the table) has no cache_read_input_token_cost_above_200k_tokens for it, so cached tokens stay at the base
        // cache-read price $0.3125/M.
        // uncached (250000 - 50000) = 200000 × 0.0000025   = 0.5
        // cached               50000 × 0.0000003125       = 0.015625
        // input          0.5 + 0.015625                   = 0.515625
        // output (1000 + 1000 thoughts) = 2000 × 0.000015  = 0.03 (reasoning 1000 × 0.000015 = 0.015)
        // total          0.515625 + 0.03                  = 0.545625
        JsonElement cost = CostWire.CostOf(TranslatedOutput.Terminal(events));
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.515625m);
        CostWire.Dec(cost, "cache_read_input_tokens_cost").Should().Be(0.015625m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.03m);
        CostWire.Dec(cost, "reasoning_tokens_cost").Should().Be(0.015m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.545625m);
    }

    private static CreateResponseRequest With(string model) => new() { Model = model, Input = Hello.Input };

    private static bool HasCost(JsonElement e) =>
        e.TryGetProperty("response", out JsonElement r) && r.TryGetProperty("usage", out JsonElement u) && u.ValueKind == JsonValueKind.Object && u.TryGetProperty("cost", out _);

    // Anthropic reports the three input kinds apart: 1,000 uncached, 10,000 read from the cache, 2,000 written to it.
    private static JsonElement AnthropicBody() =>
        CostWire.AnthropicMessage("claude-sonnet-4-5-20250929", input: 1_000, cacheRead: 10_000, cacheWrite: 2_000, output: 500);

    private static void AssertAnthropicCost(JsonElement cost)
    {
        // claude-sonnet-4-5: $3/M input, cache write 1.25× = $3.75/M, cache read 0.1× = $0.30/M, $15/M output.
        // uncached 1000  × 0.000003   = 0.003
        // read     10000 × 0.0000003  = 0.003
        // write    2000  × 0.00000375 = 0.0075
        // input                       = 0.0135
        // output   500   × 0.000015   = 0.0075
        // total                       = 0.021
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.0135m);
        CostWire.Dec(cost, "cache_read_input_tokens_cost").Should().Be(0.003m);
        CostWire.Dec(cost, "cache_creation_input_tokens_cost").Should().Be(0.0075m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.0075m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.021m);
    }
}
