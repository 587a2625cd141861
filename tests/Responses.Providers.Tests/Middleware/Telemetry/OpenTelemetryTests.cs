using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Responses.Providers.Middleware.Telemetry;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Cost;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Telemetry;

/// <summary>GenAI semantic-convention spans and metrics, checked with ActivityListener and MeterListener.</summary>
public class OpenTelemetryTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    [Fact]
    public async Task Span_and_metrics_follow_the_genai_conventions_and_carry_cost()
    {
        string source = NewSourceName();
        using var capture = new TelemetryCapture(source);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(AnthropicBody()));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseOpenTelemetry(source).UseCost().Build();

        Response response = await client.CreateResponseAsync(new() { Model = "claude-sonnet-4-5", Input = "Hi", MaxOutputTokens = 800, User = "alice" });

        Activity span = capture.Activities.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("chat claude-sonnet-4-5");
        span.Kind.Should().Be(ActivityKind.Client);
        span.GetTagItem("gen_ai.operation.name").Should().Be("chat");
        span.GetTagItem("gen_ai.provider.name").Should().Be("anthropic");
        span.GetTagItem("gen_ai.request.model").Should().Be("claude-sonnet-4-5");
        span.GetTagItem("gen_ai.request.max_tokens").Should().Be(800);
        span.GetTagItem("gen_ai.response.model").Should().Be("claude-sonnet-4-5-20250929");
        span.GetTagItem("gen_ai.response.id").Should().Be(response.Id);
        span.GetTagItem("gen_ai.response.finish_reasons").Should().BeEquivalentTo(new[] { "stop" });
        span.GetTagItem("gen_ai.usage.input_tokens").Should().Be(13_000L);
        span.GetTagItem("gen_ai.usage.output_tokens").Should().Be(500L);
        span.GetTagItem("gen_ai.usage.cache_read.input_tokens").Should().Be(10_000L);
        span.GetTagItem(ResponsesTelemetry.CostAttribute).Should().Be(0.021d);
        span.GetTagItem("server.address").Should().Be("127.0.0.1");
        span.GetTagItem("user.id").Should().BeNull("user ids are opt-in");
        span.GetTagItem("error.type").Should().BeNull();

        TelemetryCapture.Measurement duration = capture.Of(ResponsesTelemetry.OperationDurationMetric).Should().ContainSingle().Subject;
        duration.Tag("gen_ai.operation.name").Should().Be("chat");
        duration.Tag("gen_ai.provider.name").Should().Be("anthropic");
        duration.Tag("gen_ai.request.model").Should().Be("claude-sonnet-4-5");
        duration.Tag("gen_ai.response.model").Should().Be("claude-sonnet-4-5-20250929");
        duration.HasTag("user.id").Should().BeFalse();

        IReadOnlyList<TelemetryCapture.Measurement> tokens = capture.Of(ResponsesTelemetry.TokenUsageMetric);
        tokens.Should().HaveCount(2);
        tokens.Single(m => (string?)m.Tag("gen_ai.token.type") == "input").Value.Should().Be(13_000);
        tokens.Single(m => (string?)m.Tag("gen_ai.token.type") == "output").Value.Should().Be(500);
        capture.Of(ResponsesTelemetry.CostMetric).Should().ContainSingle().Which.Value.Should().Be(0.021d);
        capture.Of(ResponsesTelemetry.TimeToFirstChunkMetric).Should().BeEmpty("only streams have chunks");

        ((Histogram<double>)capture.Instruments[ResponsesTelemetry.OperationDurationMetric]).Advice!.HistogramBucketBoundaries
            .Should().Equal(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
        ((Histogram<int>)capture.Instruments[ResponsesTelemetry.TokenUsageMetric]).Advice!.HistogramBucketBoundaries
            .Should().StartWith([1, 4, 16, 64]).And.EndWith([67_108_864]);
        capture.Instruments[ResponsesTelemetry.TokenUsageMetric].Unit.Should().Be("{token}");
        capture.Instruments[ResponsesTelemetry.OperationDurationMetric].Unit.Should().Be("s");
    }

    [Fact]
    public async Task Stream_durations_and_time_to_first_chunk_come_from_the_clock()
    {
        string source = NewSourceName();
        using var capture = new TelemetryCapture(source);
        var time = new FakeTimeProvider();
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(AnthropicBody())));
        using IResponsesClient client = new ResponsesClientBuilder(new SlowStream(harness.Client, time))
            .UseOpenTelemetry(source, o => o.TimeProvider = time)
            .UseCost()
            .Build();

        await foreach (ResponseStreamEvent _ in client.CreateResponseStreamingAsync(new() { Model = "claude-sonnet-4-5", Input = "Hi" }))
        {
        }

        // SlowStream: 0.25 s before the first event, 1 s more before the rest.
        capture.Of(ResponsesTelemetry.TimeToFirstChunkMetric).Should().ContainSingle().Which.Value.Should().Be(0.25);
        capture.Of(ResponsesTelemetry.OperationDurationMetric).Should().ContainSingle().Which.Value.Should().Be(1.25);
        capture.Of(ResponsesTelemetry.CostMetric).Should().ContainSingle().Which.Value.Should().Be(0.021d);
        Activity span = capture.Activities.Should().ContainSingle().Subject;
        span.GetTagItem("gen_ai.usage.output_tokens").Should().Be(500L);
        span.GetTagItem("gen_ai.response.finish_reasons").Should().BeEquivalentTo(new[] { "stop" });
    }

    [Fact]
    public async Task Failures_set_error_type_on_the_span_and_the_duration()
    {
        string source = NewSourceName();
        using var capture = new TelemetryCapture(source);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(3)));
        using IResponsesClient client = new ResponsesClientBuilder(lane.Client()).UseOpenTelemetry(source).Build();

        await FluentActions.Awaiting(() => client.CreateResponseAsync(new() { Model = "gpt-4o", Input = "Hi" })).Should().ThrowAsync<ResponsesException>();

        Activity span = capture.Activities.Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("gen_ai.provider.name").Should().Be("openai");
        object? errorType = span.GetTagItem("error.type");
        errorType.Should().NotBeNull();
        capture.Of(ResponsesTelemetry.OperationDurationMetric).Should().ContainSingle().Which.Tag("error.type").Should().Be(errorType);
        capture.Of(ResponsesTelemetry.TokenUsageMetric).Should().BeEmpty();
    }

    [Fact]
    public async Task End_user_api_key_and_chosen_metadata_are_opt_in_tags()
    {
        string source = NewSourceName();
        using var capture = new TelemetryCapture(source);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(AnthropicBody()));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseOpenTelemetry(source, o =>
            {
                o.IncludeUserId = true;
                o.IncludeApiKeyId = true;
                o.MetadataTagKeys.Add("team");
            })
            .Build();

        using (ResponsesCallContext.BeginApiKeyScope("key-a"))
        {
            await client.CreateResponseAsync(new()
            {
                Model = "claude-sonnet-4-5",
                Input = "Hi",
                SafetyIdentifier = "hash-bob",
                Metadata = new Dictionary<string, string> { ["team"] = "payments", ["ticket"] = "SUP-1" },
            });
        }

        Activity span = capture.Activities.Should().ContainSingle().Subject;
        span.GetTagItem("user.id").Should().Be("hash-bob");
        span.GetTagItem("responses.api_key.id").Should().Be("key-a");
        span.GetTagItem("responses.metadata.team").Should().Be("payments");
        span.GetTagItem("responses.metadata.ticket").Should().BeNull();
        TelemetryCapture.Measurement duration = capture.Of(ResponsesTelemetry.OperationDurationMetric).Single();
        duration.Tag("user.id").Should().Be("hash-bob");
        duration.Tag("responses.api_key.id").Should().Be("key-a");
        duration.HasTag("responses.metadata.team").Should().BeFalse("metadata never becomes a metric tag");
    }

    [Fact]
    public async Task Default_source_and_meter_are_named_Responses_and_exposed_by_GetService()
    {
        ResponsesTelemetry.DefaultSourceName.Should().Be("Responses");
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseOpenTelemetry().Build();

        client.GetService<ActivitySource>()!.Name.Should().Be("Responses");
        client.GetService<Meter>()!.Name.Should().Be("Responses");
    }

    private static string NewSourceName() => $"Responses.Tests.{Guid.NewGuid():N}";

    private static System.Text.Json.JsonElement AnthropicBody() =>
        CostWire.AnthropicMessage("claude-sonnet-4-5-20250929", input: 1_000, cacheRead: 10_000, cacheWrite: 2_000, output: 500);

    /// <summary>Advances the fake clock as a slow provider would: 0.25 s to the first event, 1 s more to the end.</summary>
    private sealed class SlowStream(IResponsesClient inner, FakeTimeProvider time) : DelegatingResponsesClient(inner)
    {
        public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            bool first = true;
            await foreach (ResponseStreamEvent e in base.CreateResponseStreamingAsync(request, cancellationToken))
            {
                if (first)
                {
                    time.Advance(TimeSpan.FromSeconds(0.25));
                    first = false;
                }
                else if (TerminalEventOf(e))
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                }

                yield return e;
            }
        }

        private static bool TerminalEventOf(ResponseStreamEvent e) => e is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent;
    }
}
