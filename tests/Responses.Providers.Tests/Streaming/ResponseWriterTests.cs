using System.Text.Json;
using Responses.Providers.Streaming;

namespace Responses.Providers.Tests.Streaming;

public class ResponseWriterTests
{
    private static ResponseWriter NewWriter(bool emit = true) => new(new Response { Id = "resp_test", Model = "m", CreatedAt = 1 }, emit);

    private static string[] Types(IEnumerable<ResponseStreamEvent> events) => events.Select(e => e.Type).ToArray();

    [Fact]
    public void Text_message_produces_the_spec_sequence()
    {
        ResponseWriter writer = NewWriter();
        int message = writer.BeginMessage("msg_1");
        writer.AppendOutputText(message, "Hel");
        writer.AppendOutputText(message, "lo");
        writer.Complete();

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        Types(events).Should().Equal(
            "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
            "response.output_text.delta", "response.output_text.delta", "response.output_text.done",
            "response.content_part.done", "response.output_item.done", "response.completed");
        events.Select(e => e.SequenceNumber).Should().Equal(Enumerable.Range(0, events.Count));
        events.OfType<ResponseOutputTextDoneEvent>().Single().Text.Should().Be("Hello");
        var completed = events.OfType<ResponseCompletedEvent>().Single().Response!;
        completed.Status.Should().Be(ResponseStatus.Completed);
        completed.OutputText.Should().Be("Hello");
        completed.Output.Should().ContainSingle().Which.Should().BeSameAs(events.OfType<ResponseOutputItemDoneEvent>().Single().Item);
    }

    [Fact]
    public void Created_event_is_a_snapshot_not_the_live_response()
    {
        ResponseWriter writer = NewWriter();
        int message = writer.BeginMessage();
        writer.AppendOutputText(message, "x");
        writer.Complete();
        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();

        JsonElement created = ResponsesJson.SerializeToElement(events[0]);
        created.GetProperty("response").GetProperty("status").GetString().Should().Be("in_progress");
        created.GetProperty("response").GetProperty("output").GetArrayLength().Should().Be(0);
        JsonElement added = ResponsesJson.SerializeToElement(events[2]);
        added.GetProperty("item").GetProperty("content").GetArrayLength().Should().Be(0);
        added.GetProperty("item").GetProperty("status").GetString().Should().Be("in_progress");
    }

    [Fact]
    public void Function_calls_accumulate_arguments_and_close_with_done_events()
    {
        ResponseWriter writer = NewWriter();
        int call = writer.BeginFunctionCall("call_1", "get_weather");
        writer.AppendFunctionArguments(call, "{\"city\":");
        writer.AppendFunctionArguments(call, "\"Paris\"}");
        writer.EndItem(call);
        int empty = writer.BeginFunctionCall("call_2", "now");
        writer.EndItem(empty);
        writer.Complete();

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        var dones = events.OfType<ResponseFunctionCallArgumentsDoneEvent>().ToList();
        dones.Select(d => d.Arguments).Should().Equal("{\"city\":\"Paris\"}", string.Empty);
        dones.Select(d => d.OutputIndex).Should().Equal(0, 1);
        var items = writer.Response.Output.Cast<FunctionCallItem>().ToList();
        items.Select(i => i.CallId).Should().Equal("call_1", "call_2");
        items.Should().OnlyContain(i => i.Status == ItemStatus.Completed && i.Id!.StartsWith("fc_"));
    }

    [Fact]
    public void Reasoning_summary_text_and_encrypted_content()
    {
        ResponseWriter writer = NewWriter();
        int reasoning = writer.BeginReasoning();
        writer.AppendReasoningSummary(reasoning, "Think");
        writer.AppendReasoningSummary(reasoning, "ing");
        writer.EndReasoningSummaryPart(reasoning);
        writer.AppendReasoningSummary(reasoning, "Second");
        writer.SetEncryptedContent(reasoning, "opaque");
        writer.EndItem(reasoning);
        int message = writer.BeginMessage();
        writer.AppendOutputText(message, "Answer");
        writer.Complete();

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        events.OfType<ResponseReasoningSummaryTextDoneEvent>().Select(e => (e.SummaryIndex, e.Text)).Should().Equal((0, "Thinking"), (1, "Second"));
        events.OfType<ResponseReasoningSummaryPartAddedEvent>().Should().HaveCount(2);
        var item = (ReasoningItem)writer.Response.Output[0];
        item.EncryptedContent.Should().Be("opaque");
        item.Summary.Cast<SummaryTextPart>().Select(p => p.Text).Should().Equal("Thinking", "Second");
        item.Id.Should().StartWith("rs_");
    }

    [Fact]
    public void Refusal_switches_parts_inside_one_message()
    {
        ResponseWriter writer = NewWriter();
        int message = writer.BeginMessage();
        writer.AppendOutputText(message, "Well");
        writer.AppendRefusal(message, "I can't help with that.");
        writer.Complete();

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        events.OfType<ResponseRefusalDoneEvent>().Single().Refusal.Should().Be("I can't help with that.");
        events.OfType<ResponseRefusalDoneEvent>().Single().ContentIndex.Should().Be(1);
        var parts = ((MessageItem)writer.Response.Output[0]).Content!.Parts!;
        parts.Select(p => p.Type).Should().Equal("output_text", "refusal");
    }

    [Fact]
    public void Fail_closes_open_items_as_incomplete_and_ends_with_response_failed()
    {
        ResponseWriter writer = NewWriter();
        int message = writer.BeginMessage();
        writer.AppendOutputText(message, "partial");
        int call = writer.BeginFunctionCall("c", "f");
        writer.AppendFunctionArguments(call, "{\"a\"");
        writer.Fail("server_error", "upstream died");

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        Types(events).TakeLast(6).Should().Equal(
            "response.output_text.done", "response.content_part.done", "response.output_item.done",
            "response.function_call_arguments.done", "response.output_item.done", "response.failed");
        var failed = events.OfType<ResponseFailedEvent>().Single().Response!;
        failed.Error!.Code.Should().Be("server_error");
        failed.Output.Should().HaveCount(2);
        ((MessageItem)failed.Output[0]).Status.Should().Be(ItemStatus.Incomplete);
        ((FunctionCallItem)failed.Output[1]).Arguments.Should().Be("{\"a\"");
        writer.IsFinished.Should().BeTrue();
        writer.Invoking(w => w.BeginMessage()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Incomplete_records_the_reason()
    {
        ResponseWriter writer = NewWriter();
        writer.AppendOutputText(writer.BeginMessage(), "cut");
        writer.Incomplete("max_output_tokens");
        writer.Response.Status.Should().Be(ResponseStatus.Incomplete);
        writer.Response.IncompleteDetails!.Reason.Should().Be("max_output_tokens");
        writer.TakeEvents()[^1].Should().BeOfType<ResponseIncompleteEvent>();
    }

    [Fact]
    public void Non_streaming_writer_builds_the_same_response_without_events()
    {
        ResponseWriter streaming = NewWriter(emit: true);
        ResponseWriter plain = NewWriter(emit: false);
        foreach (ResponseWriter writer in new[] { streaming, plain })
        {
            int m = writer.BeginMessage("msg_same");
            writer.AppendOutputText(m, "same");
            int c = writer.BeginFunctionCall("call", "f", "fc_same");
            writer.AppendFunctionArguments(c, "{}");
            writer.SetUsage(new ResponseUsage { InputTokens = 1, OutputTokens = 2, TotalTokens = 3 });
            writer.Complete();
        }

        plain.TakeEvents().Should().BeEmpty();
        JsonElement a = ResponsesJson.SerializeToElement(streaming.Response);
        JsonElement b = ResponsesJson.SerializeToElement(plain.Response);
        a.GetProperty("output").GetRawText().Should().Be(b.GetProperty("output").GetRawText());
        a.GetProperty("usage").GetRawText().Should().Be(b.GetProperty("usage").GetRawText());
    }

    [Fact]
    public void Misuse_is_rejected()
    {
        ResponseWriter writer = NewWriter();
        int call = writer.BeginFunctionCall("c", "f");
        writer.Invoking(w => w.AppendOutputText(call, "x")).Should().Throw<InvalidOperationException>();
        writer.Invoking(w => w.AppendFunctionArguments(7, "x")).Should().Throw<ArgumentOutOfRangeException>();
        writer.EndItem(call);
        writer.Invoking(w => w.EndItem(call)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Generic_items_are_added_and_done()
    {
        ResponseWriter writer = NewWriter();
        var search = new WebSearchCallItem { Id = "ws_1", Status = ItemStatus.Completed };
        writer.AddItem(search);
        writer.Complete();
        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        events.OfType<ResponseOutputItemAddedEvent>().Single().Item.Should().BeSameAs(search);
        events.OfType<ResponseOutputItemDoneEvent>().Single().Item.Should().BeSameAs(search);
    }
}
