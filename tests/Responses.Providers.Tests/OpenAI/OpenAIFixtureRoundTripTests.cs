using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>Every recorded OpenAI body and stream goes through the client over HTTP and comes out JSON-equal.</summary>
public class OpenAIFixtureRoundTripTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    public static IEnumerable<object[]> ResponseBodies() => RecordedOpenAITraffic.ResponseBodies();

    public static IEnumerable<object[]> Streams() => RecordedOpenAITraffic.Streams();

    [Theory]
    [MemberData(nameof(ResponseBodies))]
    public async Task Recorded_response_body_round_trips_through_CreateResponseAsync(string fixture, int response)
    {
        JsonElement recorded = RecordedOpenAITraffic.ResponseBody(fixture, response);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Json(recorded));
        using var client = lane.Client();

        Response result = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" });

        JsonElement actual = ResponsesJson.SerializeToElement(result);
        JsonAssert.Equal(recorded, actual, fixture);
        ShouldBeSchemaValidLikeTheRecording(RecordedOpenAITraffic.NameOf(fixture), recorded, SchemaValidator.Default.ValidateResponse(actual, ApiSpec.OpenAI));
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public Task Recorded_stream_round_trips_through_CreateResponseStreamingAsync(string fixture, int response) =>
        ReplayAsync(fixture, response, withDoneSentinel: false);

    [Theory]
    [MemberData(nameof(Streams))]
    public Task Recorded_stream_with_the_DONE_sentinel_round_trips(string fixture, int response) =>
        ReplayAsync(fixture, response, withDoneSentinel: true);

    [Fact]
    public async Task Raw_recorded_SSE_file_replays_frame_by_frame()
    {
        // The spec's example stream exactly as written (its own event: lines), not re-framed by the kit.
        IReadOnlyList<SseFrame> frames = Fixtures.ReadSseFrames("wire/openai-responses/example-streaming.sse");
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Sse(frames).WithDoneSentinel());
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        events.Should().HaveCount(frames.Count);
        for (int i = 0; i < frames.Count; i++)
        {
            JsonAssert.Equal(frames[i].Data, events[i].GetRawText(), $"event #{i}");
        }
    }

    private async Task ReplayAsync(string fixture, int response, bool withDoneSentinel)
    {
        IReadOnlyList<JsonElement> recorded = RecordedOpenAITraffic.StreamEvents(fixture, response);
        string name = RecordedOpenAITraffic.NameOf(fixture);
        RecordedOpenAITraffic.Expectation expectation = RecordedOpenAITraffic.For(name);
        Lane lane = upstream.NewLane();
        UpstreamReply reply = UpstreamReply.SseEvents(recorded);
        lane.Create.Enqueue(withDoneSentinel ? reply.WithDoneSentinel() : reply);
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" }));

        // Exactly the recorded events, in order: nothing added, nothing changed.
        for (int i = 0; i < Math.Min(events.Count, recorded.Count); i++)
        {
            JsonAssert.Equal(recorded[i], events[i], $"{fixture} event #{i}");
        }

        events.Should().HaveCount(recorded.Count, "the client adds nothing to a complete stream");

        var violations = StreamLifecycleChecker.Check(events, expectation.Options);
        violations.Select(v => v.Rule).Distinct().Should().BeEquivalentTo(expectation.BrokenRules, $"{expectation.Why}:\n{string.Join("\n", violations)}");

        ShouldBeSchemaValidLikeTheRecording(
            name,
            recorded,
            events.SelectMany(e => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)).ToList());
    }

    // Faithful recordings must validate; hand-made fixtures may only show the violations the recording itself has.
    private static void ShouldBeSchemaValidLikeTheRecording(string name, object recorded, IReadOnlyList<SchemaViolation> violations)
    {
        RecordedOpenAITraffic.Expectation expectation = RecordedOpenAITraffic.For(name);
        if (expectation.SchemaFaithful)
        {
            violations.Should().BeEmpty(string.Join("\n", violations));
            return;
        }

        IEnumerable<SchemaViolation> ofRecording = recorded switch
        {
            JsonElement body => SchemaValidator.Default.ValidateResponse(body, ApiSpec.OpenAI),
            IReadOnlyList<JsonElement> events => events.SelectMany(e => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI)),
            _ => throw new ArgumentException("Unexpected recording.", nameof(recorded)),
        };
        violations.Should().BeSubsetOf(ofRecording, expectation.Why);
    }
}
