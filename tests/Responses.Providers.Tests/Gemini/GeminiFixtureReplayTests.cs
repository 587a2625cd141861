using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>
/// Every recording, replayed through the fake upstream both ways: streamed (every event checked against the
/// spec and the lifecycle rules) and as a body (checked against the spec); both must give the same response.
/// </summary>
public class GeminiFixtureReplayTests
{
    public static TheoryData<string> Streams => GeminiFixtures.Streams();

    public static TheoryData<string> Bodies => GeminiFixtures.Bodies();

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Recorded_stream_maps_to_a_valid_stream_equal_to_the_body_response(string fixture)
    {
        IReadOnlyList<JsonElement> chunks = Fixtures.ReadChunks(fixture);
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(GeminiHarness.Stream(chunks));
        harness.ReplyBody(UpstreamReply.Json(GeminiWireSynth.ToBody(chunks)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement streamed = TranslatedOutput.Terminal(events);
        TranslatedOutput.AssertValidResponse(streamed);
        GeminiHarness.AssertSame(streamed, body);
        streamed.GetProperty("id").GetString().Should().Be("resp_" + chunks[0].GetProperty("responseId").GetString());
        streamed.GetProperty("status").GetString().Should().Be("completed");
        CheckContent(fixture, streamed);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Recorded_body_maps_to_a_valid_response_equal_to_the_streamed_one(string fixture)
    {
        JsonElement gemini = Fixtures.ReadJson(fixture);
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(UpstreamReply.Json(gemini));
        harness.ReplyStream(GeminiHarness.Stream(GeminiWireSynth.ToChunks(gemini)));

        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        GeminiHarness.AssertSame(TranslatedOutput.Terminal(events), body);
        body.GetProperty("id").GetString().Should().Be("resp_" + gemini.GetProperty("responseId").GetString());
        body.GetProperty("model").GetString().Should().Be(gemini.GetProperty("modelVersion").GetString());
        JsonElement usage = body.GetProperty("usage");
        JsonElement metadata = gemini.GetProperty("usageMetadata");
        long thoughts = metadata.GetProperty("thoughtsTokenCount").GetInt64();
        usage.GetProperty("input_tokens").GetInt64().Should().Be(metadata.GetProperty("promptTokenCount").GetInt64());
        usage.GetProperty("output_tokens").GetInt64().Should().Be(metadata.GetProperty("candidatesTokenCount").GetInt64() + thoughts);
        usage.GetProperty("output_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(thoughts);
        CheckContent(fixture, body);
    }

    private static void CheckContent(string fixture, JsonElement response)
    {
        JsonElement[] output = [.. response.GetProperty("output").EnumerateArray()];
        string[] types = [.. output.Select(i => i.GetProperty("type").GetString()!)];
        if (fixture.Contains("stream-tool-call-arguments", StringComparison.Ordinal))
        {
            // Streamed arguments (Vertex partialArgs): two calls assembled from their pieces.
            JsonElement[] calls = [.. output.Where(i => i.GetProperty("type").GetString() == "function_call")];
            calls.Should().HaveCount(2);
            calls.Select(c => c.GetProperty("arguments").GetString()).Should().Equal("""{"location":"Boston"}""", """{"location":"San Francisco"}""");
            types[0].Should().Be("reasoning", "the first call came with a thought signature");
        }
        else if (fixture.Contains("tool-call", StringComparison.Ordinal))
        {
            types.Should().Equal("reasoning", "function_call");
            output[1].GetProperty("name").GetString().Should().Be("weather");
            output[1].GetProperty("arguments").GetString().Should().Be("""{"location":"San Francisco"}""");
            output[1].GetProperty("call_id").GetString().Should().StartWith("call_gemini_");
            output[0].GetProperty("encrypted_content").GetString().Should().StartWith("gemini.v1:");
        }
        else
        {
            types.Should().Equal("message", "reasoning");
            output[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Contain("strawberry");
            output[1].GetProperty("encrypted_content").GetString().Should().StartWith("gemini.v1:");
        }
    }
}
