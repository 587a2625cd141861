using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Responses.Providers.Middleware.Budgets;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Cost;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Budgets;

/// <summary>Budgets, RPM and TPM per API key and end user: 429 with Retry-After, nothing sent upstream, windows reset with the fake clock.</summary>
public class BudgetTests
{
    // 10 s into a minute: a one-minute window resets in 50 s.
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 10, TimeSpan.Zero);

    // claude-haiku-4-5 at $1/M input and $5/M output: 1000 × 0.000001 + 100 × 0.000005 = 0.0015 per response, 1,100 tokens.
    private static readonly JsonElement HaikuBody = CostWire.AnthropicMessage("claude-haiku-4-5-20251001", input: 1_000, cacheRead: 0, cacheWrite: 0, output: 100);

    [Fact]
    public async Task Requests_per_minute_refuse_with_429_and_reset_when_the_clock_advances()
    {
        var time = new FakeTimeProvider(Start);
        await using AnthropicHarness harness = await StartAsync(4);
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o =>
            {
                o.TimeProvider = time;
                o.Limits = s => s == new BudgetSubject(BudgetSubjectKind.ApiKey, "key-a") ? new BudgetLimits { RequestsPerMinute = 2 } : null;
            })
            .Build();
        using IDisposable scope = ResponsesCallContext.BeginApiKeyScope("key-a");

        await client.CreateResponseAsync(Hi());
        await client.CreateResponseAsync(Hi());
        ResponsesException refused = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Hi())).Should().ThrowAsync<ResponsesException>()).Which;

        refused.StatusCode.Should().Be(429);
        refused.RetryAfter.Should().Be(TimeSpan.FromSeconds(50));
        refused.ErrorType.Should().Be("rate_limit_error");
        refused.ErrorCode.Should().Be(BudgetErrors.RateLimitExceeded);
        JsonElement body = ResponsesJson.SerializeToElement(refused.ToErrorResponse());
        body.GetProperty("error").GetProperty("type").GetString().Should().Be("rate_limit_error");
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain("key-a").And.Contain("requests per minute");
        harness.Upstream.Requests.Should().HaveCount(2, "the refused request never reached the provider");

        time.Advance(TimeSpan.FromSeconds(50));
        await client.CreateResponseAsync(Hi());
        harness.Upstream.Requests.Should().HaveCount(3);

        using (ResponsesCallContext.BeginApiKeyScope("key-b"))
        {
            await client.CreateResponseAsync(Hi());
        }

        harness.Upstream.Requests.Should().HaveCount(4, "another key has its own window");
    }

    [Fact]
    public async Task A_request_refused_by_the_user_limit_does_not_use_up_the_keys_quota()
    {
        var time = new FakeTimeProvider(Start);
        await using AnthropicHarness harness = await StartAsync(2);
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o =>
            {
                o.TimeProvider = time;
                o.Limits = s => s.Kind == BudgetSubjectKind.ApiKey ? new BudgetLimits { RequestsPerMinute = 2 } : new BudgetLimits { RequestsPerMinute = 1 };
            })
            .Build();
        using IDisposable scope = ResponsesCallContext.BeginApiKeyScope("key-a");

        await client.CreateResponseAsync(Hi(user: "alice"));                       // key 1/2, alice 1/1
        (await FluentActions.Awaiting(() => client.CreateResponseAsync(Hi(user: "alice"))).Should().ThrowAsync<ResponsesException>())
            .Which.Message.Should().Contain("user 'alice'");                       // refused by alice: key stays 1/2
        await client.CreateResponseAsync(Hi());                                    // key 2/2
        (await FluentActions.Awaiting(() => client.CreateResponseAsync(Hi())).Should().ThrowAsync<ResponsesException>())
            .Which.Message.Should().Contain("API key 'key-a'");
        harness.Upstream.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Tokens_per_minute_count_finished_responses_including_streams()
    {
        var time = new FakeTimeProvider(Start);
        await using AnthropicHarness harness = await StartAsync(0);
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(HaikuBody)), UpstreamReply.Json(HaikuBody));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o =>
            {
                o.TimeProvider = time;
                o.Limits = s => s.Kind == BudgetSubjectKind.EndUser ? new BudgetLimits { TokensPerMinute = 1_000 } : null;
            })
            .Build();

        await Drain(client.CreateResponseStreamingAsync(Hi(user: "alice")));
        ResponsesException refused = (await FluentActions.Awaiting(() => Drain(client.CreateResponseStreamingAsync(Hi(user: "alice"))))
            .Should().ThrowAsync<ResponsesException>()).Which;

        // 1,100 tokens used in this minute ≥ 1,000.
        refused.StatusCode.Should().Be(429);
        refused.Message.Should().Contain("tokens per minute").And.Contain("alice");
        refused.RetryAfter.Should().Be(TimeSpan.FromSeconds(50));
        harness.Upstream.Requests.Should().HaveCount(1);

        time.Advance(TimeSpan.FromMinutes(1));
        await client.CreateResponseAsync(Hi(user: "alice"));
        harness.Upstream.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Spend_budget_per_period_reads_the_cost_ledger_and_resets_with_the_period()
    {
        var time = new FakeTimeProvider(Start);
        await using AnthropicHarness harness = await StartAsync(4);
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o =>
            {
                o.TimeProvider = time;
                o.Limits = s => s.Kind == BudgetSubjectKind.EndUser
                    ? new BudgetLimits { MaxBudget = 0.002m, BudgetDuration = BudgetDuration.Parse("1h") }
                    : null;
            })
            .UseCost(o => o.TimeProvider = time)
            .Build();

        // Spent 0, then 0.0015: both under $0.002. Then 0.003 ≥ 0.002: refused.
        await client.CreateResponseAsync(Hi(user: "alice"));
        await client.CreateResponseAsync(Hi(user: "alice"));
        ResponsesException refused = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Hi(user: "alice")))
            .Should().ThrowAsync<ResponsesException>()).Which;

        refused.StatusCode.Should().Be(429);
        refused.ErrorCode.Should().Be(BudgetErrors.BudgetExceeded);
        refused.Message.Should().Contain("$0.003 of $0.002");

        // Hourly periods count from the epoch: 12:00:10 is 59 min 50 s before 13:00.
        refused.RetryAfter.Should().Be(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(50));
        harness.Upstream.Requests.Should().HaveCount(2);

        await client.CreateResponseAsync(Hi(user: "bob"));
        time.Advance(TimeSpan.FromHours(1));
        await client.CreateResponseAsync(Hi(user: "alice"));
        harness.Upstream.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Refused_stream_fails_before_any_event_and_sends_nothing()
    {
        var time = new FakeTimeProvider(Start);
        var ledger = new InMemorySpendLedger(timeProvider: time);
        await ledger.RecordAsync(new SpendRecord { Timestamp = Start, Model = "m", ApiKeyId = "key-a", Cost = 5m });
        await using AnthropicHarness harness = await StartAsync(0);
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o =>
            {
                o.TimeProvider = time;
                o.Ledger = ledger;
                o.LimitsProvider = new FixedLimits(new BudgetLimits { MaxBudget = 5m });
            })
            .Build();
        using IDisposable scope = ResponsesCallContext.BeginApiKeyScope("key-a");

        var events = new List<ResponseStreamEvent>();
        ResponsesException refused = (await FluentActions.Awaiting(async () =>
        {
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(Hi()))
            {
                events.Add(e);
            }
        }).Should().ThrowAsync<ResponsesException>()).Which;

        events.Should().BeEmpty();
        refused.StatusCode.Should().Be(429);
        refused.RetryAfter.Should().BeNull("a budget without budget_duration never resets");
        refused.Message.Should().Contain("does not reset");
        harness.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_budget_without_any_ledger_is_a_configuration_error()
    {
        await using AnthropicHarness harness = await StartAsync(0);
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseBudgets(o => o.Limits = _ => new BudgetLimits { MaxBudget = 1m })
            .Build();

        await FluentActions.Awaiting(() => client.CreateResponseAsync(Hi(user: "alice")))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("*ISpendLedger*");
        harness.Upstream.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("30d", 2_592_000)]
    [InlineData("1w", 604_800)]
    public void Budget_durations_parse_like_litellm(string text, long seconds) =>
        BudgetDuration.Parse(text).Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("0d")]
    [InlineData("-1h")]
    [InlineData("1mo")]
    [InlineData("1.5h")]
    public void Bad_budget_durations_are_refused(string text) =>
        FluentActions.Invoking(() => BudgetDuration.Parse(text)).Should().Throw<FormatException>().WithMessage("*budget_duration*");

    private static CreateResponseRequest Hi(string? user = null) => new() { Model = "claude-haiku-4-5", Input = "Hi", User = user };

    private static async Task<AnthropicHarness> StartAsync(int replies)
    {
        AnthropicHarness harness = await AnthropicHarness.StartAsync();
        for (int i = 0; i < replies; i++)
        {
            harness.Reply(UpstreamReply.Json(HaikuBody));
        }

        return harness;
    }

    private static async Task Drain(IAsyncEnumerable<ResponseStreamEvent> stream)
    {
        await foreach (ResponseStreamEvent _ in stream)
        {
        }
    }

    private sealed class FixedLimits(BudgetLimits limits) : IBudgetLimitsProvider
    {
        public ValueTask<BudgetLimits?> GetLimitsAsync(BudgetSubject subject, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<BudgetLimits?>(limits);
    }
}
