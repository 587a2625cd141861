using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class BedrockFixtureReplayTests
{
    public static TheoryData<string> ChunkFiles() => [.. BedrockFixtures.ChunkFiles()];

    public static TheoryData<string> BodyFiles() => [.. BedrockFixtures.BodyFiles()];

    [Theory]
    [MemberData(nameof(ChunkFiles))]
    public async Task Every_decoded_stream_replays_as_real_frames_and_matches_its_non_streaming_body(string file)
    {
        IReadOnlyList<JsonElement> chunks = BedrockFixtures.Chunks(file);
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(chunks));
        harness.ReplyConverse(UpstreamReply.Json(BedrockFixtures.Fold(chunks)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement created = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement streamed = TranslatedOutput.Terminal(events);
        streamed.GetProperty("status").GetString().Should().Be("completed");
        JsonAssert.Equal(BedrockHarness.Normalize(created).ToJsonString(), BedrockHarness.Normalize(streamed).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ChunkFiles))]
    public async Task Every_decoded_stream_survives_one_byte_reads(string file)
    {
        IReadOnlyList<JsonElement> chunks = BedrockFixtures.Chunks(file);
        byte[] all = [.. chunks.SelectMany(EventStreamEncoder.FromChunk)];
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(UpstreamReply.Bytes(EventStreamEncoder.ContentType, all.Select(b => new[] { b }).ToArray()));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        TranslatedOutput.Terminal(events).GetProperty("status").GetString().Should().Be("completed");
    }

    [Theory]
    [MemberData(nameof(BodyFiles))]
    public async Task Every_converse_body_maps_to_a_valid_response(string file)
    {
        JsonElement body = BedrockFixtures.Body(file);
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(body));

        JsonElement response = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        int toolUses = body.GetProperty("output").GetProperty("message").GetProperty("content").EnumerateArray().Count(b => b.TryGetProperty("toolUse", out _));
        response.GetProperty("output").EnumerateArray().Count(i => i.GetProperty("type").GetString() == "function_call").Should().Be(toolUses);
        response.GetProperty("status").GetString().Should().Be("completed");
        response.GetProperty("usage").GetProperty("input_tokens").GetInt64().Should().Be(body.GetProperty("usage").GetProperty("inputTokens").GetInt64());
    }

    [Fact]
    public async Task The_text_fixture_streams_its_text_and_usage()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(BedrockFixtures.Chunks("amazon-bedrock-text.chunks.txt")));

        JsonElement response = TranslatedOutput.Terminal(await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }));

        JsonElement message = response.GetProperty("output")[0];
        string expected = string.Concat(BedrockFixtures.Chunks("amazon-bedrock-text.chunks.txt")
            .Where(c => c.TryGetProperty("contentBlockDelta", out _))
            .Select(c => c.GetProperty("contentBlockDelta").GetProperty("delta").GetProperty("text").GetString()));
        expected.Should().StartWith("Let me count the \"r\"s in \"strawberry\"");
        message.GetProperty("content")[0].GetProperty("text").GetString().Should().Be(expected);
        response.GetProperty("usage").GetProperty("total_tokens").GetInt64().Should().Be(77);
        response.GetProperty("additional_model_response_fields").GetProperty("delta").ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task The_synthetic_binary_fixture_streams_text_then_a_tool_call(int chunkSize)
    {
        byte[] bytes = Fixtures.ReadBytes("wire/bedrock/converse-stream-synthetic.bin");
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(chunkSize == 0 ? UpstreamReply.Bytes(EventStreamEncoder.ContentType, bytes) : UpstreamReply.Bytes(EventStreamEncoder.ContentType, bytes.Select(b => new[] { b }).ToArray()));
        harness.ReplyConverse(UpstreamReply.Json(BedrockFixtures.Fold(BedrockFixtures.SyntheticChunks())));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Weather in Paris?" });
        JsonElement created = await harness.CreateAsync(new CreateResponseRequest { Input = "Weather in Paris?" });

        JsonElement response = TranslatedOutput.Terminal(events);
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hello world");
        JsonElement call = response.GetProperty("output")[1];
        call.GetProperty("type").GetString().Should().Be("function_call");
        call.GetProperty("call_id").GetString().Should().Be("tooluse_abc123");
        call.GetProperty("name").GetString().Should().Be("get_weather");
        call.GetProperty("arguments").GetString().Should().Be("{\"city\":\"Paris\"}");
        response.GetProperty("usage").GetProperty("input_tokens").GetInt64().Should().Be(25);
        response.GetProperty("usage").GetProperty("output_tokens").GetInt64().Should().Be(12);
        JsonAssert.Equal(BedrockHarness.Normalize(created).ToJsonString(), BedrockHarness.Normalize(response).ToJsonString());
        RecordedRequest request = await harness.LastRequestAsync();
        request.Path.Should().Contain("/converse");
    }

    [Fact]
    public async Task The_synthetic_exception_fixture_is_thrown_before_any_event()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(UpstreamReply.Bytes(EventStreamEncoder.ContentType, Fixtures.ReadBytes("wire/bedrock/converse-stream-synthetic-exception.bin")));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;

        error.StatusCode.Should().Be(429);
        error.IsRetriable.Should().BeTrue();
        error.ErrorType.Should().Be("rate_limit_error");
        error.Message.Should().Contain("Too many requests");
    }
}
