namespace Responses.Testing.Tests;

/// <summary>The lifecycle checker against every recorded OpenAI Responses stream.</summary>
public class RecordedStreamLifecycleTests
{
    private static IReadOnlyList<System.Text.Json.JsonElement> Recording(string name) =>
        Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/{name}.chunks.txt");

    private static IEnumerable<string> Rules(IReadOnlyList<LifecycleViolation> violations) => violations.Select(v => v.Rule).Distinct().Order();

    [Theory]
    [MemberData(nameof(RecordedStreamFindings.CleanRecordings), MemberType = typeof(RecordedStreamFindings))]
    public void Recorded_OpenAI_stream_passes_the_strict_lifecycle_check(string recording)
    {
        StreamLifecycleChecker.AssertValid(Recording(recording));
    }

    [Fact]
    public void Every_recording_is_either_clean_or_documented()
    {
        var all = Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").Select(RecordedStreamFindings.NameOf).ToList();
        all.Should().HaveCountGreaterThan(20);
        RecordedStreamFindings.Documented.Keys.Should().BeSubsetOf(all);
        RecordedStreamFindings.CleanRecordings().Should().HaveCount(all.Count - RecordedStreamFindings.Documented.Count);
    }

    [Fact]
    public void Finding_github_copilot_id_rotation_breaks_response_id_item_id_and_final_output()
    {
        var violations = StreamLifecycleChecker.Check(Recording("github-copilot-id-rotation.1"));
        Rules(violations).Should().Equal(LifecycleRules.FinalOutput, LifecycleRules.ItemId, LifecycleRules.ResponseId);
        violations.Should().Contain(v => v.Rule == LifecycleRules.ResponseId && v.EventIndex == 1);
        violations.Should().Contain(v => v.Rule == LifecycleRules.ItemId && v.Message.Contains("capture-id-4", StringComparison.Ordinal));
    }

    [Fact]
    public void Finding_openai_compaction_reencrypts_encrypted_content_in_the_final_output()
    {
        var events = Recording("openai-compaction.1");
        var violations = StreamLifecycleChecker.Check(events);
        Rules(violations).Should().Equal(LifecycleRules.FinalOutput);
        violations.Single().Message.Should().Contain("encrypted_content");
        StreamLifecycleChecker.Check(events, new StreamLifecycleOptions { FinalOutputIgnoredProperties = ["encrypted_content"] }).Should().BeEmpty();
    }

    [Fact]
    public void Finding_programmatic_tool_calling_reencrypts_encrypted_content_and_fingerprint_in_the_final_output()
    {
        var events = Recording("programmatic-tool-calling.1");
        Rules(StreamLifecycleChecker.Check(events)).Should().Equal(LifecycleRules.FinalOutput);
        StreamLifecycleChecker.Check(events, new StreamLifecycleOptions { FinalOutputIgnoredProperties = ["encrypted_content"] })
            .Should().ContainSingle().Which.Message.Should().Contain("fingerprint");
        StreamLifecycleChecker.Check(events, new StreamLifecycleOptions { FinalOutputIgnoredProperties = ["encrypted_content", "fingerprint"] }).Should().BeEmpty();
    }

    [Fact]
    public void Finding_hand_edited_openai_shell_container_deltas_do_not_add_up_to_the_done_text()
    {
        var violations = StreamLifecycleChecker.Check(Recording("openai-shell-container.1"));
        Rules(violations).Should().Equal(LifecycleRules.DoneText, LifecycleRules.ItemContent);
        violations.Should().OnlyContain(v => v.Message.Contains("The command ran successfully", StringComparison.Ordinal));
    }

    [Fact]
    public void Openai_shell_tool_recording_holds_two_responses_each_valid_on_its_own()
    {
        var events = Recording("openai-shell-tool.1");
        Rules(StreamLifecycleChecker.Check(events)).Should().Contain([LifecycleRules.CreatedFirst, LifecycleRules.Terminal, LifecycleRules.ResponseId, LifecycleRules.SequenceNumber]);
        var responses = Fixtures.SplitResponses(events);
        responses.Should().HaveCount(2);
        foreach (var response in responses)
        {
            StreamLifecycleChecker.AssertValid(response);
        }
    }

    [Fact]
    public void Hand_written_openai_custom_tool_passes_when_missing_sequence_numbers_are_allowed()
    {
        var events = Recording("openai-custom-tool.1");
        Rules(StreamLifecycleChecker.Check(events)).Should().Equal(LifecycleRules.SequenceNumber);
        StreamLifecycleChecker.AssertValid(events, new StreamLifecycleOptions { AllowMissingSequenceNumbers = true });
    }

    [Fact]
    public void Abbreviated_openai_phase_recording_passes_only_with_the_abbreviated_options()
    {
        var events = Recording("openai-phase.1");
        Rules(StreamLifecycleChecker.Check(events)).Should().Equal(
            LifecycleRules.DoneText, LifecycleRules.ItemContent, LifecycleRules.OutputIndex, LifecycleRules.SequenceNumber);
        StreamLifecycleChecker.AssertValid(events, StreamLifecycleOptions.Abbreviated);
    }

    [Fact]
    public void Abbreviated_example_streaming_sse_without_sequence_numbers_passes_only_with_the_abbreviated_options()
    {
        // The spec's example stream has "..." lines instead of most deltas and no sequence_number at all.
        var events = Fixtures.ReadEvents("wire/openai-responses/example-streaming.sse");
        events.Should().HaveCount(9);
        events[^1].GetProperty("type").GetString().Should().Be("response.completed");
        Rules(StreamLifecycleChecker.Check(events)).Should().Equal(LifecycleRules.DoneText, LifecycleRules.ItemContent, LifecycleRules.SequenceNumber);
        StreamLifecycleChecker.AssertValid(events, StreamLifecycleOptions.Abbreviated);
    }
}
