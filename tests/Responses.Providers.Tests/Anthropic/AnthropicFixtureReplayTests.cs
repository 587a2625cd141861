using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>
/// Every recording, replayed through the fake upstream both ways: streamed (every event checked against the
/// spec and the lifecycle rules) and as a body (the response checked against the spec); the streamed terminal
/// response must equal the non-streaming response of the same answer.
/// </summary>
public class AnthropicFixtureReplayTests
{
    public static TheoryData<string> Streams => AnthropicFixtures.Streams();

    public static TheoryData<string> Bodies => AnthropicFixtures.Bodies();

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Recorded_stream_maps_to_a_valid_stream_equal_to_the_body_response(string fixture)
    {
        IReadOnlyList<JsonElement> anthropicEvents = AnthropicFixtures.ReadStream(fixture);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(anthropicEvents), UpstreamReply.Json(AnthropicWireSynth.ToMessage(anthropicEvents)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement streamed = TranslatedOutput.Terminal(events);
        TranslatedOutput.AssertValidResponse(streamed);
        JsonNode.DeepEquals(AnthropicHarness.Normalize(streamed), AnthropicHarness.Normalize(body)).Should().BeTrue(
            "the streamed response\n{0}\nshould equal the body response\n{1}", AnthropicHarness.Normalize(streamed).ToJsonString(), AnthropicHarness.Normalize(body).ToJsonString());
        string messageId = anthropicEvents[0].GetProperty("message").GetProperty("id").GetString()!;
        streamed.GetProperty("id").GetString().Should().Be("resp_" + messageId);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Recorded_body_maps_to_a_valid_response_equal_to_the_streamed_one(string fixture)
    {
        JsonElement anthropicBody = Fixtures.ReadJson(fixture);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(anthropicBody), AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(anthropicBody)));

        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        JsonNode.DeepEquals(AnthropicHarness.Normalize(TranslatedOutput.Terminal(events)), AnthropicHarness.Normalize(body)).Should().BeTrue();
        body.GetProperty("id").GetString().Should().Be("resp_" + anthropicBody.GetProperty("id").GetString());
        body.GetProperty("model").GetString().Should().Be(anthropicBody.GetProperty("model").GetString());
    }
}
