using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>
/// Every recording, replayed through the fake upstream both ways: streamed (every event checked against the spec and
/// the strict lifecycle rules) and as a body; the streamed terminal response must equal the non-streaming response of
/// the same answer.
/// </summary>
public class ChatFixtureReplayTests
{
    public static TheoryData<string> Streams => ChatFixtures.Streams();

    public static TheoryData<string> Bodies => ChatFixtures.Bodies();

    [Fact]
    public void Every_recording_is_replayed()
    {
        Streams.Count.Should().Be(6);
        Bodies.Count.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Recorded_stream_maps_to_a_valid_stream_equal_to_the_body_response(string fixture)
    {
        IReadOnlyList<JsonElement> chunks = ChatFixtures.ReadChunks(fixture);
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatFixtures.Replay(fixture), UpstreamReply.Json(ChatWireSynth.ToCompletion(chunks)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement streamed = TranslatedOutput.Terminal(events);
        TranslatedOutput.AssertValidResponse(streamed);
        ChatHarness.AssertSameResponse(streamed, body);
        string id = chunks.First(c => c.GetProperty("id").GetString() is { Length: > 0 }).GetProperty("id").GetString()!;
        streamed.GetProperty("id").GetString().Should().Be("resp_" + id);
        bool hasUsage = chunks.Any(c => c.TryGetProperty("usage", out JsonElement u) && u.ValueKind == JsonValueKind.Object);
        (streamed.TryGetProperty("usage", out JsonElement usage) && usage.ValueKind == JsonValueKind.Object).Should().Be(hasUsage);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Recorded_body_maps_to_a_valid_response_equal_to_the_streamed_one(string fixture)
    {
        JsonElement completion = Fixtures.ReadJson(fixture);
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(completion), ChatHarness.Stream(ChatWireSynth.ToChunks(completion)));

        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        ChatHarness.AssertSameResponse(TranslatedOutput.Terminal(events), body);
        body.GetProperty("id").GetString().Should().Be("resp_" + completion.GetProperty("id").GetString());
        body.GetProperty("model").GetString().Should().Be(completion.GetProperty("model").GetString());
        body.GetProperty("output").EnumerateArray().Last().GetProperty("content")[0].GetProperty("text").GetString()
            .Should().Be(completion.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }
}
