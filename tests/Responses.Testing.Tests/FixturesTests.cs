namespace Responses.Testing.Tests;

public class FixturesTests
{
    [Fact]
    public void Finds_the_repository_root_by_walking_up_to_Integration_sln()
    {
        File.Exists(Path.Combine(Fixtures.RepositoryRoot, "Integration.sln")).Should().BeTrue();
        Fixtures.Root.Should().Be(Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures"));
        File.Exists(Fixtures.OpenAISpecPath).Should().BeTrue();
        File.Exists(Fixtures.OpenResponsesSpecPath).Should().BeTrue();
    }

    [Fact]
    public void Refuses_paths_outside_the_repository()
    {
        var act = () => Fixtures.PathOf("../../../../etc/passwd");
        act.Should().Throw<ArgumentException>();
        var missing = () => Fixtures.PathOf("wire/nope.json");
        missing.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Enumerates_fixtures_by_glob()
    {
        var sse = Fixtures.Enumerate("wire/**/*.sse").Select(Fixtures.RelativePath).ToList();
        sse.Should().Contain(["wire/openai-responses/example-streaming.sse", "wire/openai-chat/chat-stream-text-with-usage.sse"]);
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").Should().HaveCountGreaterThan(20).And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Reads_raw_sse_with_event_names_including_a_last_event_without_a_closing_blank_line()
    {
        // anthropic/basic_response.txt ends right after its last data line.
        var frames = Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt");
        frames[0].Event.Should().Be("message_start");
        frames[^1].Event.Should().Be("message_stop");
        frames.Should().OnlyContain(f => f.Event != null);
        Fixtures.ToEvents(frames).Select(e => e.GetProperty("type").GetString()).Should().Equal(frames.Select(f => f.Event));
    }

    [Fact]
    public void Reads_openai_chat_sse_and_skips_the_done_sentinel_when_decoding_events()
    {
        var frames = Fixtures.ReadSseFrames("wire/openai-chat/chat-stream-text-with-usage.sse");
        frames[^1].Data.Should().Be(SseFrame.DoneSentinel);
        frames.Should().OnlyContain(f => f.Event == null);
        var events = Fixtures.ReadEvents("wire/openai-chat/chat-stream-text-with-usage.sse");
        events.Should().HaveCount(frames.Count - 1);
        events[0].GetProperty("object").GetString().Should().Be("chat.completion.chunk");
    }

    [Fact]
    public void Reads_chunks_files_as_one_json_event_per_line_and_turns_them_into_sse_frames()
    {
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-phase.1.chunks.txt");
        events.Should().HaveCount(17);
        var frames = Fixtures.ToSseFrames(events);
        frames.Select(f => f.Event).Should().Equal(events.Select(e => e.GetProperty("type").GetString()));
        frames[0].ToWireText().Should().StartWith("event: response.created\ndata: {\"type\":\"response.created\"").And.EndWith("}\n\n");
        var roundTrip = Fixtures.ParseSse(string.Concat(frames.Select(f => f.ToWireText())));
        Fixtures.ToEvents(roundTrip).Zip(events).Should().OnlyContain(p => JsonDiff.AreEqual(p.First, p.Second));
    }

    [Fact]
    public void Splits_a_recording_holding_several_responses()
    {
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-shell-tool.1.chunks.txt");
        var parts = Fixtures.SplitResponses(events);
        parts.Select(p => p.Count).Should().Equal(12, 170);
        parts.Should().OnlyContain(p => p[0].GetProperty("type").GetString() == "response.created");
        Fixtures.SplitResponses(Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-phase.1.chunks.txt")).Should().HaveCount(1);
    }

    [Fact]
    public void Splits_aws_event_stream_binaries_into_messages()
    {
        var messages = Fixtures.ReadAwsEventStreamMessages("wire/bedrock/converse-stream-synthetic.bin");
        messages.Sum(m => m.Length).Should().Be(Fixtures.ReadBytes("wire/bedrock/converse-stream-synthetic.bin").Length);
        System.Text.Encoding.ASCII.GetString(messages[0]).Should().Contain(":event-type");
        Fixtures.ReadAwsEventStreamMessages("wire/bedrock/converse-stream-synthetic-exception.bin").Should().NotBeEmpty();
    }
}
