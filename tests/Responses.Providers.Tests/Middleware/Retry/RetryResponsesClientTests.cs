using System.Text.Json;
using Responses.Providers.Middleware.Retry;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Retry;

/// <summary>Retries over real HTTP (OpenAI-native and Anthropic providers against the fault-injecting fake), on a fake clock.</summary>
public class RetryResponsesClientTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static readonly CreateResponseRequest Request = new() { Model = "gpt-test", Input = "Hi" };

    [Fact]
    public async Task A_429_is_retried_after_exactly_the_Retry_After_the_provider_asked_for()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(7)), OpenAIReplies.Json("resp_1", "gpt-test", "Hello"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();
        using var servedBy = ResponsesServedBy.Track();

        Response response = await client.CreateResponseAsync(Request);

        response.OutputText.Should().Be("Hello");
        lane.Requests.Should().HaveCount(2);
        clock.RequestedDelays.Should().Equal(TimeSpan.FromSeconds(7));
        servedBy.Retries.Should().Be(1);
    }

    [Fact]
    public async Task Without_Retry_After_the_back_off_is_exponential()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(500, "one", "server_error"), ProviderErrors.OpenAI(502, "two", "server_error"), OpenAIReplies.Json("resp_1", "gpt-test", "Hello"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
        {
            o.TimeProvider = clock;
            o.UseJitter = false;
            o.BaseDelay = TimeSpan.FromSeconds(2);
        }).Build();

        Response response = await client.CreateResponseAsync(Request);

        response.OutputText.Should().Be("Hello");
        clock.RequestedDelays.Should().Equal(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Jittered_delays_stay_within_the_bounds_and_come_from_the_injected_random()
    {
        async Task<IReadOnlyList<TimeSpan>> DelaysWithSeedAsync(int seed)
        {
            Lane lane = upstream.NewLane();
            lane.Create.Enqueue(ProviderErrors.OpenAI(500, "one", "server_error"), ProviderErrors.OpenAI(500, "two", "server_error"), ProviderErrors.OpenAI(500, "three", "server_error"));
            var clock = new RecordingClock();
            using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
            {
                o.TimeProvider = clock;
                o.Random = new Random(seed);
                o.MaxDelay = TimeSpan.FromSeconds(3);
            }).Build();
            await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>();
            return clock.RequestedDelays;
        }

        IReadOnlyList<TimeSpan> first = await DelaysWithSeedAsync(42);
        IReadOnlyList<TimeSpan> again = await DelaysWithSeedAsync(42);

        first.Should().HaveCount(2).And.OnlyContain(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(3));
        again.Should().Equal(first, "the same seed gives the same jitter");
    }

    [Fact]
    public async Task After_the_last_attempt_the_last_error_is_thrown()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(
            ProviderErrors.OpenAI(503, "first", "server_error", code: "overloaded"),
            ProviderErrors.OpenAI(503, "second", "server_error", code: "overloaded"),
            ProviderErrors.OpenAI(503, "third", "server_error", code: "overloaded"),
            OpenAIReplies.Json("resp_never", "gpt-test", "never reached"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
        {
            o.TimeProvider = clock;
            o.MaxRetryAttempts = 2;
        }).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(503);
        ex.Error.Message.Should().Be("third");
        lane.Requests.Should().HaveCount(3);
        lane.Create.PendingReplies.Should().Be(1);
    }

    [Theory]
    [InlineData(400, "invalid_request_error", "unsupported_parameter")]
    [InlineData(401, "invalid_request_error", "invalid_api_key")]
    [InlineData(429, "insufficient_quota", "insufficient_quota")]
    public async Task Errors_that_cannot_succeed_on_a_retry_are_not_retried(int status, string type, string code)
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(status, "no", type, code: code), OpenAIReplies.Json("resp_never", "gpt-test", "never"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(status);
        lane.Requests.Should().ContainSingle();
        clock.RequestedDelays.Should().BeEmpty();
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_bound_is_surfaced_at_once()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromMinutes(10)), OpenAIReplies.Json("resp_never", "gpt-test", "never"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;

        ex.RetryAfter.Should().Be(TimeSpan.FromMinutes(10));
        lane.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(OpenAIReplies.ConnectionDropped(), OpenAIReplies.Json("resp_1", "gpt-test", "Hello"));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = new RecordingClock()).Build();

        Response response = await client.CreateResponseAsync(Request);

        response.OutputText.Should().Be("Hello");
        lane.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Anthropic_529_overloaded_is_retried_through_the_anthropic_provider()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded").WithRetryAfter(TimeSpan.FromSeconds(3)), AnthropicReplies.Json("msg_1", "claude-sonnet-4-5", "Bonjour"));
        var clock = new RecordingClock();
        using IResponsesClient client = new RetryResponsesClient(harness.Client, new RetryResponsesClientOptions { TimeProvider = clock });

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "claude-sonnet-4-5", Input = "Hi" });

        response.OutputText.Should().Be("Bonjour");
        harness.Upstream.Requests.Should().HaveCount(2);
        clock.RequestedDelays.Should().Equal(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Zero_retry_attempts_turn_retrying_off()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(500, "boom", "server_error"), OpenAIReplies.Json("resp_never", "gpt-test", "never"));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.MaxRetryAttempts = 0).Build();

        await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>();

        lane.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Reads_by_id_are_retried()
    {
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/resp_9").Enqueue(ProviderErrors.OpenAI(502, "bad gateway", "server_error"), UpstreamReply.Json(ResponsesJson.Serialize(OpenAIReplies.Completed("resp_9", "gpt-test", "stored"))));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = new RecordingClock()).Build();

        Response response = await client.GetResponseAsync("resp_9");

        response.OutputText.Should().Be("stored");
        lane.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task The_retry_middleware_is_found_with_GetService()
    {
        Lane lane = upstream.NewLane();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.MaxRetryAttempts = 4).Build();

        client.GetService<RetryResponsesClient>()!.Options.MaxRetryAttempts.Should().Be(4);
        client.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("openai");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Cancelling_during_the_back_off_stops_retrying()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(500, "boom", "server_error"), OpenAIReplies.Json("resp_never", "gpt-test", "never"));
        var clock = new RecordingClock { AutoAdvance = false };
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();
        using var cancellation = new CancellationTokenSource();

        Task<Response> call = client.CreateResponseAsync(Request, cancellation.Token);
        await clock.NextTimerAsync();
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => call.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
        lane.Requests.Should().ContainSingle();
    }

    internal static JsonElement Body(RecordedRequest request) => request.Json ?? throw new InvalidOperationException("No JSON body.");
}
