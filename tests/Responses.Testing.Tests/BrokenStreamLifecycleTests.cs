using System.Text.Json.Nodes;

namespace Responses.Testing.Tests;

/// <summary>Deliberately broken copies of a recorded stream: each must be rejected with the rule it breaks.</summary>
public class BrokenStreamLifecycleTests
{
    // reasoning (0), file_search_call (1), reasoning (2), message with text deltas and annotations (3)
    private const string Base = "openai-file-search-tool.2";

    private static MutableStream Load() => MutableStream.LoadRecording(Base);

    private static void ShouldReportOnly(IReadOnlyList<LifecycleViolation> violations, string rule, int eventIndex)
    {
        violations.Should().NotBeEmpty();
        violations.Select(v => v.Rule).Distinct().Should().BeEquivalentTo([rule], string.Join("\n", violations));
        violations.Should().Contain(v => v.EventIndex == eventIndex, string.Join("\n", violations));
    }

    [Fact]
    public void The_unbroken_base_recording_is_valid()
    {
        Load().Check().Should().BeEmpty();
        Load().Renumber().Check().Should().BeEmpty();
    }

    [Fact]
    public void Dropped_response_created_is_rejected()
    {
        var s = Load();
        s.Events.RemoveAt(0);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.CreatedFirst, 0);
    }

    [Fact]
    public void Duplicate_terminal_event_is_rejected()
    {
        var s = Load();
        s.Events.Add(s.Clone(s.Events.Count - 1));
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.Terminal, s.Events.Count - 1);
    }

    [Fact]
    public void Missing_terminal_event_is_rejected()
    {
        var s = Load();
        s.Events.RemoveAt(s.Events.Count - 1);
        ShouldReportOnly(s.Check(), LifecycleRules.Terminal, s.Events.Count);
    }

    [Fact]
    public void Sequence_gap_is_rejected()
    {
        var s = Load();
        for (var i = 20; i < s.Events.Count; i++)
        {
            s[i]["sequence_number"] = i + 1;
        }

        ShouldReportOnly(s.Check(), LifecycleRules.SequenceNumber, 20);
    }

    [Fact]
    public void Sequence_not_starting_at_zero_is_rejected()
    {
        var s = Load();
        for (var i = 0; i < s.Events.Count; i++)
        {
            s[i]["sequence_number"] = i + 1;
        }

        ShouldReportOnly(s.Check(), LifecycleRules.SequenceNumber, 0);
    }

    [Fact]
    public void Delta_before_output_item_added_is_rejected()
    {
        var s = Load();
        var added = s.IndexOf("response.output_item.added", 3);
        var delta = s.Clone(s.IndexOf("response.output_text.delta", 3));
        delta["delta"] = string.Empty; // keeps the text intact so only the ordering is wrong
        s.Events.Insert(added, delta);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.ItemAddedFirst, added);
    }

    [Fact]
    public void Done_text_differing_from_deltas_is_rejected()
    {
        var s = Load();
        var done = s.IndexOf("response.output_text.done", 3);
        s[done]["text"] = s[done]["text"]!.GetValue<string>() + " (tampered)";
        ShouldReportOnly(s.Check(), LifecycleRules.DoneText, done);
    }

    [Fact]
    public void Function_call_arguments_done_differing_from_deltas_is_rejected()
    {
        var s = MutableStream.LoadRecording("openai-client-tool-search.2");
        var done = s.IndexOf("response.function_call_arguments.done");
        s[done]["arguments"] = "{}";
        ShouldReportOnly(s.Check(), LifecycleRules.DoneText, done);
    }

    [Fact]
    public void Done_item_text_differing_from_deltas_is_rejected()
    {
        var s = Load();
        var itemDone = s.IndexOf("response.output_item.done", 3);
        s[itemDone]["item"]!["content"]![0]!["text"] = "something else";
        var violations = s.Check();
        violations.Should().Contain(v => v.Rule == LifecycleRules.ItemContent && v.EventIndex == itemDone);
        violations.Select(v => v.Rule).Distinct().Should().BeEquivalentTo([LifecycleRules.ItemContent, LifecycleRules.FinalOutput]);
    }

    [Fact]
    public void Wrong_output_index_is_rejected()
    {
        var s = Load();
        foreach (var e in s.Events.Where(e => e["output_index"]?.GetValue<int>() == 3))
        {
            e["output_index"] = 4;
        }

        ShouldReportOnly(s.Check(), LifecycleRules.OutputIndex, s.IndexOf("response.output_item.added", 4));
    }

    [Fact]
    public void Output_index_added_twice_is_rejected()
    {
        var s = Load();
        var added = s.IndexOf("response.output_item.added", 2);
        var again = s.Clone(added);
        again["item"]!["id"] = "rs_other";
        s.Events.Insert(added + 1, again);
        var violations = s.Renumber().Check();
        violations.Should().Contain(v => v.Rule == LifecycleRules.OutputIndex && v.EventIndex == added + 1);
    }

    [Fact]
    public void Item_id_drift_on_a_delta_is_rejected()
    {
        var s = Load();
        var delta = s.IndexOf("response.output_text.delta", 3, occurrence: 5);
        s[delta]["item_id"] = "msg_drifted";
        ShouldReportOnly(s.Check(), LifecycleRules.ItemId, delta);
    }

    [Fact]
    public void Done_item_id_differing_from_added_id_is_rejected()
    {
        var s = Load();
        var done = s.IndexOf("response.output_item.done", 3);
        s[done]["item"]!["id"] = "msg_other";
        var violations = s.Check();
        violations.Should().Contain(v => v.Rule == LifecycleRules.ItemId && v.EventIndex == done);
    }

    [Fact]
    public void Extra_item_in_final_response_is_rejected()
    {
        var s = Load();
        var output = s[^1]["response"]!["output"]!.AsArray();
        output.Add(output[0]!.DeepClone());
        ShouldReportOnly(s.Check(), LifecycleRules.FinalOutput, s.Events.Count - 1);
    }

    [Fact]
    public void Missing_item_in_final_response_is_rejected()
    {
        var s = Load();
        s[^1]["response"]!["output"]!.AsArray().RemoveAt(1);
        ShouldReportOnly(s.Check(), LifecycleRules.FinalOutput, s.Events.Count - 1);
    }

    [Fact]
    public void Final_response_item_differing_from_done_item_is_rejected()
    {
        var s = Load();
        s[^1]["response"]!["output"]![3]!["status"] = "incomplete";
        var violations = s.Check();
        ShouldReportOnly(violations, LifecycleRules.FinalOutput, s.Events.Count - 1);
        violations[0].Message.Should().Contain("$.response.output[3].status");
    }

    [Fact]
    public void Missing_content_part_added_is_rejected()
    {
        var s = Load();
        var partAdded = s.IndexOf("response.content_part.added", 3);
        s.Events.RemoveAt(partAdded);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.ContentPart, partAdded);
    }

    [Fact]
    public void Missing_content_part_done_is_rejected()
    {
        var s = Load();
        var partDone = s.IndexOf("response.content_part.done", 3);
        s.Events.RemoveAt(partDone);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.ContentPart, partDone);
    }

    [Fact]
    public void Delta_with_mismatched_content_index_is_rejected()
    {
        var s = Load();
        var delta = s.IndexOf("response.output_text.delta", 3, occurrence: 2);
        s[delta]["content_index"] = 1;
        s.Check().Should().Contain(v => v.Rule == LifecycleRules.ContentPart && v.EventIndex == delta);
    }

    [Fact]
    public void Response_id_change_is_rejected()
    {
        var s = Load();
        s[^1]["response"]!["id"] = "resp_other";
        ShouldReportOnly(s.Check(), LifecycleRules.ResponseId, s.Events.Count - 1);
    }

    [Fact]
    public void Event_after_output_item_done_is_rejected()
    {
        var s = Load();
        var itemDone = s.IndexOf("response.output_item.done", 3);
        var delta = s.Clone(s.IndexOf("response.output_text.delta", 3));
        s.Events.Insert(itemDone + 1, delta);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.ItemAfterDone, itemDone + 1);
    }

    [Fact]
    public void Event_after_the_terminal_event_is_rejected()
    {
        var s = Load();
        s.Events.Add(s.Clone(s.IndexOf("response.output_text.delta", 3)));
        s.Renumber().Check().Should().Contain(v => v.Rule == LifecycleRules.Terminal && v.EventIndex == s.Events.Count - 1);
    }

    [Fact]
    public void Item_never_done_before_completed_is_rejected()
    {
        var s = Load();
        s.Events.RemoveAt(s.IndexOf("response.output_item.done", 3));
        var violations = s.Renumber().Check();
        violations.Should().Contain(v => v.Rule == LifecycleRules.ItemNotDone && v.EventIndex == s.Events.Count - 1);
    }

    [Fact]
    public void Two_items_sharing_an_id_are_rejected()
    {
        var s = Load().ReplaceEverywhere("rs_06456cb9918b63780068cacd7663c481a191dd84333d842728", "rs_06456cb9918b63780068cacd717c3481a1b8c7094da5770b41");
        ShouldReportOnly(s.Check(), LifecycleRules.UniqueItemId, s.IndexOf("response.output_item.added", 2));
    }

    [Fact]
    public void In_progress_after_output_events_is_rejected()
    {
        var s = Load();
        var inProgress = s[1];
        s.Events.RemoveAt(1);
        s.Events.Insert(5, inProgress);
        ShouldReportOnly(s.Renumber().Check(), LifecycleRules.CreatedFirst, 5);
    }

    [Fact]
    public void Error_event_must_directly_precede_the_terminal_event()
    {
        var s = MutableStream.LoadRecording("openai-error.1");
        s.Check().Should().BeEmpty();
        var error = s.IndexOf("error");
        s.Events.RemoveAt(s.Events.Count - 1); // drop response.failed
        var violations = s.Check();
        violations.Should().Contain(v => v.Rule == LifecycleRules.Terminal && v.EventIndex == error);
    }

    [Fact]
    public void Closing_done_events_may_come_between_an_error_and_the_terminal_event_but_nothing_new()
    {
        // A stream closed after an upstream error mid-message: error, the message's done events, response.failed.
        var s = Load();
        var textDone = s.IndexOf("response.output_text.done", 3);
        s.Events.Insert(textDone, JsonNode.Parse("""{"type":"error","sequence_number":0,"code":"server_error","message":"boom","param":null}""")!.AsObject());
        s[s.Count - 1]["type"] = "response.failed";
        s[s.Count - 1]["response"]!["status"] = "failed";
        s.Renumber().Check().Should().BeEmpty();

        var delta = s.IndexOf("response.output_text.delta", 3);
        s.Events.Insert(textDone + 1, s.Clone(delta)); // a new delta after the error
        s.Renumber().Check().Should().Contain(v => v.Rule == LifecycleRules.Terminal && v.EventIndex == textDone);
    }

    [Fact]
    public void An_error_event_alone_is_a_valid_stream_that_failed_before_a_response_existed()
    {
        StreamLifecycleChecker.Check(["""{"type":"error","sequence_number":0,"code":"server_error","message":"boom","param":null}"""]).Should().BeEmpty();
    }

    [Fact]
    public void Reasoning_summary_parts_are_checked()
    {
        const string Added = """{"type":"response.output_item.added","sequence_number":2,"output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[]}}""";
        const string PartAdded = """{"type":"response.reasoning_summary_part.added","sequence_number":3,"item_id":"rs_1","output_index":0,"summary_index":0,"part":{"type":"summary_text","text":""}}""";
        const string Delta1 = """{"type":"response.reasoning_summary_text.delta","sequence_number":4,"item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Think"}""";
        const string Delta2 = """{"type":"response.reasoning_summary_text.delta","sequence_number":5,"item_id":"rs_1","output_index":0,"summary_index":0,"delta":"ing"}""";
        const string TextDone = """{"type":"response.reasoning_summary_text.done","sequence_number":6,"item_id":"rs_1","output_index":0,"summary_index":0,"text":"Thinking"}""";
        const string PartDone = """{"type":"response.reasoning_summary_part.done","sequence_number":7,"item_id":"rs_1","output_index":0,"summary_index":0,"part":{"type":"summary_text","text":"Thinking"}}""";
        const string Done = """{"type":"response.output_item.done","sequence_number":8,"output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[{"type":"summary_text","text":"Thinking"}]}}""";
        const string Completed = """{"type":"response.completed","sequence_number":9,"response":{"id":"resp_1","object":"response","status":"completed","output":[{"id":"rs_1","type":"reasoning","summary":[{"type":"summary_text","text":"Thinking"}]}]}}""";
        const string Created = """{"type":"response.created","sequence_number":0,"response":{"id":"resp_1","object":"response","status":"in_progress","output":[]}}""";
        const string InProgress = """{"type":"response.in_progress","sequence_number":1,"response":{"id":"resp_1","object":"response","status":"in_progress","output":[]}}""";

        StreamLifecycleChecker.Check([Created, InProgress, Added, PartAdded, Delta1, Delta2, TextDone, PartDone, Done, Completed]).Should().BeEmpty();

        var withoutPartAdded = MutableStream.From(Created, InProgress, Added, Delta1, Delta2, TextDone, PartDone, Done, Completed).Renumber();
        ShouldReportOnly(withoutPartAdded.Check(), LifecycleRules.SummaryPart, 3);

        var wrongIndex = MutableStream.From(Created, InProgress, Added, PartAdded, Delta1, Delta2, TextDone, PartDone, Done, Completed);
        wrongIndex[5]["summary_index"] = 1;
        wrongIndex.Check().Should().Contain(v => v.Rule == LifecycleRules.SummaryPart && v.EventIndex == 5);

        var wrongText = MutableStream.From(Created, InProgress, Added, PartAdded, Delta1, Delta2, TextDone, PartDone, Done, Completed);
        wrongText[6]["text"] = "Thinking hard";
        ShouldReportOnly(wrongText.Check(), LifecycleRules.DoneText, 6);
    }

    [Fact]
    public void AssertValid_throws_listing_every_violation()
    {
        var s = Load();
        s[^1]["response"]!["id"] = "resp_other";
        s.Events.RemoveAt(0);
        var act = () => StreamLifecycleChecker.AssertValid(s.ToElements());
        act.Should().Throw<StreamLifecycleException>()
            .Which.Violations.Select(v => v.Rule).Should().Contain([LifecycleRules.CreatedFirst, LifecycleRules.SequenceNumber, LifecycleRules.ResponseId]);
        act.Should().Throw<StreamLifecycleException>().WithMessage("*[response_id]*resp_other*");
    }

    [Fact]
    public void Raw_json_string_overload_reports_the_same()
    {
        var s = Load();
        s[^1]["response"]!["id"] = "resp_other";
        StreamLifecycleChecker.Check(s.Events.Select(e => e.ToJsonString())).Should().BeEquivalentTo(s.Check());
    }
}
