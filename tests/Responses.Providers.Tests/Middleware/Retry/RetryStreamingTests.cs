using System.Text.Json;
using Responses.Providers.Middleware.Retry;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Retry;

/// <summary>
/// Streams are retried only before they commit (nothing but a withheld response.created / in_progress read); after
/// output reached the caller a failure ends the stream spec-valid with response.failed and is not retried.
/// </summary>
public class RetryStreamingTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static readonly CreateResponseRequest Request = new() { Model = "gpt-test", Input = "Hi" };

    [Fact]
    public async Task A_failure_before_the_first_event_is_retried_and_the_caller_sees_one_clean_stream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(503, "busy", "server_error", code: "overloaded"), OpenAIReplies.Stream("resp_2", "gpt-test", "Hel", "lo"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        ValidStream(events);
        events.Count(e => Wire.TypeOf(e) == "response.created").Should().Be(1);
        TranslatedOutput.Terminal(events).GetProperty("id").GetString().Should().Be("resp_2");
        lane.Requests.Should().HaveCount(2);
        clock.RequestedDelays.Should().ContainSingle();
    }

    [Fact]
    public async Task A_break_after_only_created_and_in_progress_is_retried_because_those_were_withheld()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(
            OpenAIReplies.Stream("resp_1", "gpt-test", "never", "shown").CutAfter(OpenAIReplies.PreambleEvents),
            OpenAIReplies.Stream("resp_2", "gpt-test", "Hel", "lo"));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = new RecordingClock()).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        ValidStream(events);
        events.Should().NotContain(e => e.ToString().Contains("resp_1"), "nothing of the abandoned attempt reaches the caller");
        events.Select(Wire.TypeOf).Should().StartWith(["response.created", "response.in_progress", "response.output_item.added"]);
        TranslatedOutput.Terminal(events).GetProperty("status").GetString().Should().Be("completed");
        lane.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_break_after_output_reached_the_caller_is_not_retried_and_ends_with_response_failed()
    {
        Lane lane = upstream.NewLane();
        IReadOnlyList<JsonElement> full = OpenAIReplies.StreamEvents("resp_1", "gpt-test", "Hel", "lo", " world");
        int cut = full.ToList().FindIndex(e => Wire.TypeOf(e) == "response.output_text.delta") + 1;
        lane.Create.Enqueue(UpstreamReply.SseEvents(full).CutAfter(cut), OpenAIReplies.Stream("resp_2", "gpt-test", "duplicate"));
        var clock = new RecordingClock();
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = clock).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        ValidStream(events);
        Wire.TypeOf(events[^1]).Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("id").GetString().Should().Be("resp_1");
        events.Should().NotContain(e => e.ToString().Contains("duplicate"));
        lane.Requests.Should().ContainSingle();
        clock.RequestedDelays.Should().BeEmpty();
    }

    [Fact]
    public async Task When_every_attempt_fails_after_its_preamble_the_last_failed_stream_is_forwarded_spec_valid()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(
            OpenAIReplies.Stream("resp_1", "gpt-test", "x").CutAfter(OpenAIReplies.PreambleEvents),
            OpenAIReplies.Stream("resp_2", "gpt-test", "x").CutAfter(OpenAIReplies.PreambleEvents),
            OpenAIReplies.Stream("resp_3", "gpt-test", "x").CutAfter(OpenAIReplies.PreambleEvents));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
        {
            o.TimeProvider = new RecordingClock();
            o.MaxRetryAttempts = 2;
        }).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        ValidStream(events);
        events.Select(Wire.TypeOf).Should().Equal("response.created", "response.in_progress", "response.failed");
        TranslatedOutput.Terminal(events).GetProperty("id").GetString().Should().Be("resp_3");
        lane.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_stream_that_fails_with_a_400_is_thrown_at_once()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(400, "bad", "invalid_request_error", "temperature", "unsupported_parameter"));
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o => o.TimeProvider = new RecordingClock()).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => Wire.CollectAsync(client.CreateResponseStreamingAsync(Request))).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(400);
        lane.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_attempt_that_does_not_commit_within_the_attempt_timeout_is_abandoned_and_retried()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(
            OpenAIReplies.Stream("resp_slow", "gpt-test", "slow").WithDelayBeforeHeaders(TimeSpan.FromMinutes(5)),
            OpenAIReplies.Stream("resp_2", "gpt-test", "fast"));
        var clock = new RecordingClock { AutoAdvance = false };
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
        {
            o.TimeProvider = clock;
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.UseJitter = false;
        }).Build();

        Task<List<JsonElement>> reading = Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));
        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(10), "the first attempt's timeout");
        await lane.WaitForRequestAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(10));
        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(1), "the back-off before the second attempt");
        clock.Advance(TimeSpan.FromSeconds(1));
        List<JsonElement> events = await reading.WaitAsync(TimeSpan.FromSeconds(20));

        ValidStream(events);
        TranslatedOutput.Terminal(events).GetProperty("id").GetString().Should().Be("resp_2");
        lane.Requests.Should().HaveCount(2);
        await lane.Requests[0].ClientDisconnected.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_timed_out_create_fails_with_a_408_timeout_when_no_retry_is_left()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(OpenAIReplies.Json("resp_slow", "gpt-test", "slow").WithDelayBeforeHeaders(TimeSpan.FromMinutes(5)));
        var clock = new RecordingClock { AutoAdvance = false };
        using IResponsesClient client = lane.Client().AsBuilder().UseRetry(o =>
        {
            o.TimeProvider = clock;
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
        }).Build();

        Task<Response> call = client.CreateResponseAsync(Request);
        await clock.NextTimerAsync();
        await lane.WaitForRequestAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(30));

        ResponsesException ex = (await FluentActions.Awaiting(() => call.WaitAsync(TimeSpan.FromSeconds(20))).Should().ThrowAsync<ResponsesException>()).Which;
        ex.StatusCode.Should().Be(408);
        ResponsesFailureClassifier.Classify(ex).Should().Be(ResponsesFailureKinds.Timeout);
    }

    /// <summary>The OpenAI-native provider forwards the upstream's events: each is checked against the OpenAI spec, the whole stream against the lifecycle rules.</summary>
    internal static void ValidStream(IReadOnlyList<JsonElement> events)
    {
        Wire.ShouldBeSchemaValid(events);
        Wire.ShouldPassLifecycle(events);
    }
}
