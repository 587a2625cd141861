using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Responses.Providers.Middleware.Budgets;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Cost;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware;

/// <summary>Cost, budgets, logging and telemetry compose in any order, with the response store too.</summary>
public class CompositionTests
{
    public static TheoryData<string> Orders => new() { "otel,log,budgets,store,cost", "cost,budgets,otel,log,store", "store,log,cost,otel,budgets" };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Every_order_builds_serves_valid_streams_and_finds_the_ledger(string order)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var logs = new RecordingLoggerFactory();
        var ledger = new InMemorySpendLedger(timeProvider: time);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        JsonElement body = CostWire.AnthropicMessage("claude-haiku-4-5-20251001", input: 1_000, cacheRead: 0, cacheWrite: 0, output: 100);
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(body)), UpstreamReply.Json(body));

        var builder = new ResponsesClientBuilder(harness.Client);
        foreach (string layer in order.Split(','))
        {
            _ = layer switch
            {
                "otel" => builder.UseOpenTelemetry($"Responses.Tests.{Guid.NewGuid():N}"),
                "log" => builder.UseLogging(logs),
                "budgets" => builder.UseBudgets(o =>
                {
                    o.TimeProvider = time;
                    o.Ledger = ledger;
                    o.Limits = _ => new BudgetLimits { MaxBudget = 1m, BudgetDuration = TimeSpan.FromDays(1), RequestsPerMinute = 10 };
                }),
                "store" => builder.UseResponseStore(),
                "cost" => builder.UseCost(o => { o.Ledger = ledger; o.TimeProvider = time; }),
                _ => throw new ArgumentException(layer),
            };
        }

        using IResponsesClient client = builder.Build();
        var events = new List<JsonElement>();
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new() { Model = "claude-haiku-4-5", Input = "Hi", User = "alice" }))
        {
            events.Add(ResponsesJson.SerializeToElement(e));
        }

        TranslatedOutput.AssertValidStream(events);
        Response second = await client.CreateResponseAsync(new() { Model = "claude-haiku-4-5", Input = "Hi", User = "alice" });
        TranslatedOutput.AssertValidResponse(ResponsesJson.SerializeToElement(second));

        // 1000 × 0.000001 + 100 × 0.000005 = 0.0015 per response.
        CostWire.Dec(CostWire.CostOf(TranslatedOutput.Terminal(events)), "total_cost").Should().Be(0.0015m);
        second.Usage!.Cost!.TotalCost.Should().Be(0.0015m);
        client.GetService<ISpendLedger>().Should().BeSameAs(ledger);
        (await ledger.GetSpendAsync(SpendSubject.EndUser("alice"))).Cost.Should().Be(0.003m);
        logs.Entries.Count(e => e.EventId.Id == 6201).Should().Be(2);
    }
}
