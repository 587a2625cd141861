using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Tests.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Cost;

/// <summary>Price lookups, model_info overrides, unknown models and spend counters.</summary>
public class CostPricingTests
{
    [Theory]
    [InlineData(null, "gpt-4o")]
    [InlineData("openai", "gpt-4o-2024-08-06")]
    [InlineData(null, "openai/gpt-4o")]
    [InlineData("azure", "gpt-4o")]
    public void OpenAI_spellings_find_gpt_4o(string? provider, string model)
    {
        ModelPriceTable.Default.TryGetPrice(provider, model, out ModelPrice price).Should().BeTrue();
        price.InputCostPerToken.Should().Be(0.0000025m);
        price.CacheReadInputTokenCost.Should().Be(0.00000125m);
    }

    [Theory]
    [InlineData("anthropic", "claude-sonnet-4-5-20250929")]
    [InlineData("bedrock", "anthropic.claude-sonnet-4-5-20250929-v1:0")]
    [InlineData("bedrock", "us.anthropic.claude-sonnet-4-5-20250929-v1:0")]
    [InlineData(null, "bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0")]
    [InlineData("vertex_ai", "claude-sonnet-4-5@20250929")]
    public void Anthropic_bedrock_and_vertex_ids_map_to_the_same_price(string? provider, string model)
    {
        ModelPriceTable.Default.TryGetPrice(provider, model, out ModelPrice price).Should().BeTrue();
        price.Should().Be(Price("claude-sonnet-4-5"));
        price.CacheCreationInputTokenCost.Should().Be(price.InputCostPerToken * 1.25m, "a 5-minute cache write costs 1.25× input");
        price.CacheReadInputTokenCost.Should().Be(price.InputCostPerToken * 0.1m, "a cache read costs 0.1× input");
    }

    [Theory]
    [InlineData("models/gemini-2.0-flash-001", "gemini-2.0-flash")]
    [InlineData("publishers/google/models/gemini-2.5-pro", "gemini-2.5-pro")]
    [InlineData("claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet")]
    [InlineData("gpt-4o-2024-05-13", "gpt-4o-2024-05-13")]
    public void Other_spellings_resolve(string model, string expected)
    {
        ModelPriceTable.Default.TryGetPrice(null, model, out ModelPrice price).Should().BeTrue();
        price.Should().Be(Price(expected));
    }

    [Fact]
    public void The_dated_gpt_4o_snapshot_keeps_its_own_higher_price()
    {
        Price("gpt-4o-2024-05-13").InputCostPerToken.Should().Be(0.000005m);
        ModelPriceTable.Default.TryGetPrice(null, "gpt-4o-2024-11-20", out ModelPrice later).Should().BeTrue();
        later.InputCostPerToken.Should().Be(0.0000025m);
    }

    [Fact]
    public void The_table_covers_the_current_families_and_says_where_prices_come_from()
    {
        string[] required =
        [
            "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "o3", "o4-mini", "gpt-5", "gpt-5-mini", "gpt-5-nano",
            "claude-3-5-sonnet", "claude-3-5-haiku", "claude-3-7-sonnet", "claude-sonnet-4", "claude-opus-4", "claude-opus-4-1",
            "claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-5",
            "gemini-2.0-flash", "gemini-2.5-flash", "gemini-2.5-pro",
        ];
        foreach (string model in required)
        {
            ModelPriceTable.Default.TryGetPrice(null, model, out ModelPrice price).Should().BeTrue(model);
            price.IsComplete.Should().BeTrue(model);
        }

        ModelPriceTable.Default.Source.Should().Contain("pricing");
        ModelPriceTable.Default.AsOf.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        Price("gemini-2.5-pro").InputCostPerTokenAbove200kTokens.Should().Be(0.0000025m);
    }

    [Fact]
    public void The_table_matches_litellm_at_the_cross_checked_commit()
    {
        // Values copied from BerriAI/litellm model_prices_and_context_window.json @ 19a1f629 (gemini/… and xai/… keys).
        Price("gemini-2.5-flash").CacheReadInputTokenCost.Should().Be(0.000000075m);
        Price("gemini-2.5-flash-lite").CacheReadInputTokenCost.Should().Be(0.000000025m);
        Price("gemini-2.0-flash-lite").CacheReadInputTokenCost.Should().Be(0.00000001875m);
        Price("gemini-2.5-pro").CacheReadInputTokenCost.Should().Be(0.0000003125m);
        Price("gemini-2.5-pro").CacheReadInputTokenCostAbove200kTokens.Should().BeNull("LiteLLM has no above-200k cache-read price for it");
        Price("claude-3-5-haiku-latest").InputCostPerToken.Should().Be(0.000001m, "LiteLLM prices the -latest alias apart from claude-3-5-haiku-20241022");
        Price("claude-3-5-haiku-20241022").InputCostPerToken.Should().Be(0.0000008m);
        Price("claude-3-opus-latest").Should().Be(Price("claude-3-opus"));
        Price("grok-3-mini").OutputCostPerToken.Should().Be(0.0000005m);
        ModelPriceTable.Default.Source.Should().Contain("19a1f629eb6fafde70968ef4815463eb08143aac");
    }

    [Theory]
    [InlineData("gpt-5.2-2025-12-11")]
    [InlineData("gpt-5.2-codex")]
    [InlineData("gpt-5.3-codex")]
    [InlineData("gpt-5.4-2026-03-05")]
    [InlineData("gpt-5.6-sol")]
    [InlineData("claude-sonnet-4-6")]
    [InlineData("claude-opus-4-6")]
    [InlineData("claude-opus-4-7")]
    [InlineData("gemini-3-flash-preview")]
    public void Models_litellm_does_not_list_stay_unknown(string model) =>
        ModelPriceTable.Default.TryGetPrice(null, model, out _).Should().BeFalse("no price is invented for a model LiteLLM does not list");

    [Fact]
    public void Model_info_keys_are_read_from_strings_numbers_and_json()
    {
        ModelPrice? price = ModelPrice.FromModelInfo(new Dictionary<string, object?>
        {
            ["input_cost_per_token"] = "2.5e-06",
            ["output_cost_per_token"] = 0.00001,
            ["cache_read_input_token_cost"] = JsonDocument.Parse("1.25e-7").RootElement,
            ["cache_creation_input_token_cost"] = 0.000003m,
            ["input_cost_per_token_above_200k_tokens"] = "0.000005",
            ["output_cost_per_token_above_200k_tokens"] = "0.00002",
            ["output_cost_per_reasoning_token"] = "0.00003",
            ["max_tokens"] = 8192,
        });

        price.Should().Be(new ModelPrice
        {
            InputCostPerToken = 0.0000025m,
            OutputCostPerToken = 0.00001m,
            CacheReadInputTokenCost = 0.000000125m,
            CacheCreationInputTokenCost = 0.000003m,
            InputCostPerTokenAbove200kTokens = 0.000005m,
            OutputCostPerTokenAbove200kTokens = 0.00002m,
            OutputCostPerReasoningToken = 0.00003m,
        });
        ModelPrice.FromModelInfo(new Dictionary<string, object?> { ["max_tokens"] = 1 }).Should().BeNull();
        FluentActions.Invoking(() => ModelPrice.FromModelInfo(new Dictionary<string, object?> { ["input_cost_per_token"] = "cheap" }))
            .Should().Throw<FormatException>().WithMessage("*input_cost_per_token*");
    }

    [Fact]
    public void Reasoning_priced_apart_uses_output_cost_per_reasoning_token()
    {
        var usage = new ResponseUsage
        {
            InputTokens = 100,
            OutputTokens = 50,
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 20 },
        };
        var price = new ModelPrice { InputCostPerToken = 0.000001m, OutputCostPerToken = 0.000002m, OutputCostPerReasoningToken = 0.000004m };

        ResponseUsageCost cost = CostCalculator.Compute(usage, price)!;

        // input 100 × 0.000001 = 0.0001; output 30 × 0.000002 + 20 × 0.000004 = 0.00006 + 0.00008 = 0.00014; total 0.00024
        cost.InputTokensCost.Should().Be(0.0001m);
        cost.ReasoningTokensCost.Should().Be(0.00008m);
        cost.OutputTokensCost.Should().Be(0.00014m);
        cost.TotalCost.Should().Be(0.00024m);
    }

    [Fact]
    public async Task Model_info_override_wins_and_keeps_the_tables_cache_prices()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(CostWire.AnthropicMessage("claude-sonnet-4-5-20250929", input: 1_000, cacheRead: 10_000, cacheWrite: 0, output: 500)));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseCost(o => o.PriceOverrides["claude-sonnet-4-5"] = ModelPrice.FromModelInfo(new Dictionary<string, object?>
            {
                ["input_cost_per_token"] = "0.00001",
                ["output_cost_per_token"] = "0.00002",
            })!)
            .Build();

        JsonElement json = ResponsesJson.SerializeToElement(await client.CreateResponseAsync(new() { Model = "claude-sonnet-4-5", Input = "Hi" }));
        TranslatedOutput.AssertValidResponse(json);

        // Overridden input $10/M and output $20/M; cache read keeps the table's $0.30/M.
        // uncached 1000 × 0.00001 = 0.01; read 10000 × 0.0000003 = 0.003; input 0.013
        // output 500 × 0.00002 = 0.01; total 0.023
        JsonElement cost = CostWire.CostOf(json);
        CostWire.Dec(cost, "input_tokens_cost").Should().Be(0.013m);
        CostWire.Dec(cost, "output_tokens_cost").Should().Be(0.01m);
        CostWire.Dec(cost, "total_cost").Should().Be(0.023m);
    }

    [Fact]
    public async Task Override_by_gateway_alias_prices_a_model_the_table_does_not_know()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(CostWire.AnthropicMessage("my-finetune-7", input: 100, cacheRead: 0, cacheWrite: 0, output: 10)));
        var options = new CostClientOptions();
        options.PriceOverrides["team-model"] = new ModelPrice { InputCostPerToken = 0.000001m, OutputCostPerToken = 0.000003m };
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost(options).Build();

        Response response = await client.CreateResponseAsync(new() { Model = "team-model", Input = "Hi" });

        // 100 × 0.000001 + 10 × 0.000003 = 0.0001 + 0.00003 = 0.00013
        response.Usage!.Cost!.TotalCost.Should().Be(0.00013m);
    }

    [Fact]
    public async Task Pipeline_price_from_a_deployments_model_info_wins_over_table_and_overrides()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(CostWire.AnthropicMessage("claude-haiku-4-5-20251001", input: 1_000, cacheRead: 0, cacheWrite: 0, output: 100)));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseCost(o =>
            {
                o.PriceOverrides["claude-haiku-4-5"] = new ModelPrice { InputCostPerToken = 0.5m, OutputCostPerToken = 0.5m };
                o.PipelinePrice = ModelPrice.FromModelInfo(new Dictionary<string, object?> { ["output_cost_per_token"] = "0.00001" });
            })
            .Build();

        Response response = await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi" });

        // The override sets input to $0.5/token; the pipeline price sets output to $0.00001/token and wins for output.
        // input 1000 × 0.5 = 500; output 100 × 0.00001 = 0.001; total 500.001
        response.Usage!.Cost!.InputTokensCost.Should().Be(500m);
        response.Usage.Cost.OutputTokensCost.Should().Be(0.001m);
        response.Usage.Cost.TotalCost.Should().Be(500.001m);
    }

    [Fact]
    public void Usage_cost_from_a_litellm_or_bifrost_upstream_is_read_typed_and_keeps_unknown_fields()
    {
        const string json = """
            {"input_tokens":10,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":5,
             "output_tokens_details":{"reasoning_tokens":0},"total_tokens":15,
             "cost":{"input_tokens_cost":0.00001,"output_tokens_cost":0.00002,"request_cost":0,"total_cost":0.00003}}
            """;

        ResponseUsage usage = ResponsesJson.Deserialize<ResponseUsage>(json)!;

        usage.Cost!.InputTokensCost.Should().Be(0.00001m);
        usage.Cost.TotalCost.Should().Be(0.00003m);
        usage.Cost.TryGetAdditionalProperty("request_cost", out JsonElement requestCost).Should().BeTrue();
        requestCost.GetInt32().Should().Be(0);
        JsonAssert.Equal(JsonDocument.Parse(json).RootElement, ResponsesJson.SerializeToElement(usage));
    }

    [Fact]
    public async Task Unknown_model_gets_no_cost_and_one_warning_per_model()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        JsonElement body = CostWire.AnthropicMessage("claude-imaginary-9", input: 100, cacheRead: 0, cacheWrite: 0, output: 10);
        harness.Reply(UpstreamReply.Json(body), UpstreamReply.Json(body), UpstreamReply.Json(body));
        var logs = new RecordingLoggerFactory();
        var ledger = new InMemorySpendLedger();
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseCost(o => { o.LoggerFactory = logs; o.Ledger = ledger; })
            .Build();

        for (int i = 0; i < 3; i++)
        {
            JsonElement json = ResponsesJson.SerializeToElement(await client.CreateResponseAsync(new() { Model = "claude-imaginary-9", Input = "Hi" }));
            TranslatedOutput.AssertValidResponse(json);
            json.GetProperty("usage").TryGetProperty("cost", out _).Should().BeFalse("no number is invented");
        }

        logs.Entries.Where(e => e.Level == LogLevel.Warning).Should().ContainSingle()
            .Which.Message.Should().Contain("claude-imaginary-9");
        SpendTotals spend = await ledger.GetSpendAsync(SpendSubject.Model("claude-imaginary-9"));
        spend.Should().Be(new SpendTotals(Cost: 0, Requests: 3, UnpricedRequests: 3, InputTokens: 300, OutputTokens: 30));
    }

    [Fact]
    public async Task Spend_is_counted_per_model_api_key_and_end_user_and_the_ledger_is_a_service()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        JsonElement body = CostWire.AnthropicMessage("claude-haiku-4-5-20251001", input: 1_000, cacheRead: 0, cacheWrite: 0, output: 100);
        harness.Reply(UpstreamReply.Json(body), UpstreamReply.Json(body), UpstreamReply.Json(body));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost().Build();

        // claude-haiku-4-5: 1000 × 0.000001 + 100 × 0.000005 = 0.001 + 0.0005 = 0.0015 per response.
        using (ResponsesCallContext.BeginApiKeyScope("key-a"))
        {
            await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi", User = "alice" });
            await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi", SafetyIdentifier = "bob" });
        }

        await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi", User = "alice" });

        ISpendLedger ledger = client.GetService<ISpendLedger>()!;
        (await ledger.GetSpendAsync(SpendSubject.Model("claude-haiku-4-5-20251001"))).Cost.Should().Be(0.0045m);
        (await ledger.GetSpendAsync(SpendSubject.ApiKey("key-a"))).Should().Be(new SpendTotals(0.003m, 2, 0, 2_000, 200));
        (await ledger.GetSpendAsync(SpendSubject.EndUser("alice"))).Cost.Should().Be(0.003m);
        (await ledger.GetSpendAsync(SpendSubject.EndUser("bob"))).Cost.Should().Be(0.0015m);
        ((InMemorySpendLedger)ledger).GetAllTotals().Keys.Should().BeEquivalentTo(
        [
            SpendSubject.Model("claude-haiku-4-5-20251001"), SpendSubject.ApiKey("key-a"), SpendSubject.EndUser("alice"), SpendSubject.EndUser("bob"),
        ]);
    }

    [Fact]
    public async Task Without_an_api_key_id_spend_falls_back_to_the_owner_and_scopes_restore()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        JsonElement body = CostWire.AnthropicMessage("claude-haiku-4-5-20251001", input: 1_000, cacheRead: 0, cacheWrite: 0, output: 100);
        harness.Reply(UpstreamReply.Json(body), UpstreamReply.Json(body));
        var ledger = new InMemorySpendLedger();
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseCost(o => o.Ledger = ledger).Build();

        using (ResponsesCallContext.BeginScope("tenant-1"))
        {
            await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi" });
            using (ResponsesCallContext.BeginApiKeyScope("key-b"))
            {
                ResponsesCallContext.ApiKeyId.Should().Be("key-b");
                await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi" });
            }

            ResponsesCallContext.ApiKeyId.Should().BeNull();
            ResponsesCallContext.Owner.Should().Be("tenant-1");
        }

        (await ledger.GetSpendAsync(SpendSubject.ApiKey("tenant-1"))).Requests.Should().Be(1);
        (await ledger.GetSpendAsync(SpendSubject.ApiKey("key-b"))).Requests.Should().Be(1);
    }

    [Fact]
    public async Task Ledger_periods_resolve_to_the_minute_and_old_buckets_expire()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var ledger = new InMemorySpendLedger(TimeSpan.FromHours(1), time);
        await ledger.RecordAsync(Record(time, 1m));
        time.Advance(TimeSpan.FromMinutes(30));
        await ledger.RecordAsync(Record(time, 2m));

        (await ledger.GetSpendAsync(SpendSubject.ApiKey("k"), time.GetUtcNow().AddMinutes(-10))).Cost.Should().Be(2m);
        (await ledger.GetSpendAsync(SpendSubject.ApiKey("k"), time.GetUtcNow().AddMinutes(-30))).Cost.Should().Be(3m);

        time.Advance(TimeSpan.FromMinutes(45));
        await ledger.RecordAsync(Record(time, 4m));
        (await ledger.GetSpendAsync(SpendSubject.ApiKey("k"), time.GetUtcNow().AddDays(-1))).Cost.Should().Be(6m, "the first bucket is beyond the one-hour retention");
        (await ledger.GetSpendAsync(SpendSubject.ApiKey("k"))).Cost.Should().Be(7m, "all-time totals keep everything");
    }

    private static SpendRecord Record(TimeProvider time, decimal cost) =>
        new() { Timestamp = time.GetUtcNow(), Model = "m", ApiKeyId = "k", Cost = cost };

    private static ModelPrice Price(string model)
    {
        ModelPriceTable.Default.TryGetPrice(null, model, out ModelPrice price).Should().BeTrue(model);
        return price;
    }
}
