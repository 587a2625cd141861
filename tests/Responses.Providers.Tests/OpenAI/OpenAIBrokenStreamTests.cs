using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>
/// A stream that breaks after the first event ends with the open items closed and one <c>response.failed</c>;
/// one that breaks before it throws <see cref="ResponsesException"/>.
/// </summary>
public class OpenAIBrokenStreamTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    public enum Break
    {
        /// <summary>The connection is cut (<c>CutAfter</c>).</summary>
        Cut,

        /// <summary>An event whose data is not JSON arrives.</summary>
        MalformedData,

        /// <summary>The upstream ends the body cleanly but without a terminal event.</summary>
        EndWithoutTerminal,
    }

    /// <summary>(recording, event type, occurrence): the stream breaks right after that occurrence of that event.</summary>
    public static TheoryData<string, string, int, Break> BreakPoints()
    {
        var data = new TheoryData<string, string, int, Break>();
        foreach (Break kind in Enum.GetValues<Break>())
        {
            data.Add("openai-file-search-tool.2", "response.output_text.delta", 17, kind);          // mid-text
            data.Add("openai-file-search-tool.2", "response.output_text.annotation.added", 1, kind); // mid-text, after an annotation
            data.Add("openai-file-search-tool.2", "response.content_part.added", 1, kind);           // empty open part
            data.Add("openai-tool-search.1", "response.function_call_arguments.delta", 5, kind);     // mid-function-call
            data.Add("openai-tool-search.1", "response.output_item.added", 3, kind);                 // function call, no arguments yet
            data.Add("openai-code-interpreter-tool.1", "response.code_interpreter_call_code.delta", 10, kind);
            data.Add("openai-mcp-tool.1", "response.mcp_call_arguments.delta", 1, kind);
            data.Add("openai-shell-tool.1", "response.shell_call_command.delta", 3, kind);
            data.Add("openai-web-search-tool.1", "response.web_search_call.searching", 1, kind);
            data.Add("openai-image-generation-tool.1", "response.image_generation_call.partial_image", 1, kind);
            data.Add("openai-apply-patch-tool.1", "response.apply_patch_call_operation_diff.delta", 3, kind);
            data.Add("openai-file-search-tool.2", "response.in_progress", 1, kind);                  // nothing open yet
            data.Add("openai-file-search-tool.2", "response.output_item.done", 2, kind);             // between items
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BreakPoints))]
    public async Task Broken_stream_ends_with_closed_items_and_one_response_failed(string recording, string eventType, int occurrence, Break kind)
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.SplitResponses(Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/{recording}.chunks.txt"))[0];
        int n = IndexAfter(recorded, eventType, occurrence);
        IReadOnlyList<SseFrame> frames = Fixtures.ToSseFrames(recorded);
        UpstreamReply reply = kind switch
        {
            Break.Cut => UpstreamReply.Sse(frames).CutAfter(n),
            Break.MalformedData => UpstreamReply.Sse(frames.Take(n).Append(SseFrame.InvalidJson()).Concat(frames.Skip(n))),
            _ => UpstreamReply.Sse(frames.Take(n)),
        };
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(reply);
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" }));

        ClosedStreams.ShouldBeClosedAfter(recorded, n, events);
    }

    [Fact]
    public async Task Cut_mid_text_closes_the_message_as_incomplete_with_the_text_so_far()
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt");
        int n = IndexAfter(recorded, "response.output_text.delta", 3);
        string textSoFar = string.Concat(recorded.Take(n).Where(e => Wire.TypeOf(e) == "response.output_text.delta").Select(e => e.GetProperty("delta").GetString()));
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(recorded).CutAfter(n));
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        ClosedStreams.ShouldBeClosedAfter(recorded, n, events);
        events.Skip(n).Select(Wire.TypeOf).Should().Equal(
            "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.failed");
        textSoFar.Should().Be("The document defines");
        events[n].GetProperty("text").GetString().Should().Be(textSoFar);
        JsonElement item = events[n + 2].GetProperty("item");
        item.GetProperty("status").GetString().Should().Be("incomplete");
        item.GetProperty("content")[0].GetProperty("text").GetString().Should().Be(textSoFar);
        JsonElement failed = events[^1].GetProperty("response");
        failed.GetProperty("output").GetArrayLength().Should().Be(4);
        JsonAssert.Equal(item, failed.GetProperty("output")[3]);
        events.Skip(n).Select(e => e.GetProperty("sequence_number").GetInt32()).Should().Equal(n, n + 1, n + 2, n + 3);
    }

    [Fact]
    public async Task Cut_after_an_annotation_keeps_it_in_the_closed_part()
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt");
        int n = IndexAfter(recorded, "response.output_text.annotation.added", 1);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(recorded).CutAfter(n));
        using var client = lane.Client();

        // Serialized only at the end, so a later change to an event already handed out would show.
        var yielded = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }))
        {
            yielded.Add(e);
        }

        List<JsonElement> events = yielded.Select(Wire.Json).ToList();
        ClosedStreams.ShouldBeClosedAfter(recorded, n, events);
        JsonElement annotation = recorded[n - 1].GetProperty("annotation");
        JsonElement part = events.Single(e => Wire.TypeOf(e) == "response.content_part.done").GetProperty("part");
        part.GetProperty("annotations").GetArrayLength().Should().Be(1);
        JsonAssert.Equal(annotation, part.GetProperty("annotations")[0]);
        JsonAssert.Equal(annotation, events[^1].GetProperty("response").GetProperty("output")[3].GetProperty("content")[0].GetProperty("annotations")[0]);
        JsonElement added = events.Single(e => Wire.TypeOf(e) == "response.content_part.added").GetProperty("part");
        added.GetProperty("annotations").GetArrayLength().Should().Be(0, "the forwarded content_part.added event is not changed afterwards");
    }

    [Fact]
    public async Task Cut_mid_function_call_closes_it_as_incomplete_with_the_arguments_so_far()
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-tool-search.1.chunks.txt");
        int n = IndexAfter(recorded, "response.function_call_arguments.delta", 4);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(recorded).CutAfter(n));
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        ClosedStreams.ShouldBeClosedAfter(recorded, n, events);
        events.Skip(n).Select(Wire.TypeOf).Should().Equal("response.function_call_arguments.done", "response.output_item.done", "response.failed");
        events[n].GetProperty("arguments").GetString().Should().Be("{\"location\":\"San");
        events[n].GetProperty("name").GetString().Should().Be("get_weather");
        JsonElement item = events[n + 1].GetProperty("item");
        item.GetProperty("type").GetString().Should().Be("function_call");
        item.GetProperty("status").GetString().Should().Be("incomplete");
        item.GetProperty("arguments").GetString().Should().Be("{\"location\":\"San");
        item.GetProperty("call_id").GetString().Should().Be("call_pddfxhfOx4gY56zn4vIIEbFp");
    }

    [Fact]
    public async Task Garbage_lines_are_ignored_as_SSE_says()
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-tool-search.1.chunks.txt");
        IReadOnlyList<SseFrame> frames = Fixtures.ToSseFrames(recorded);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Sse(frames.Take(5).Append(SseFrame.Garbage()).Append(SseFrame.Raw(": keep-alive comment\n\n")).Concat(frames.Skip(5))));
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        events.Should().HaveCount(recorded.Count);
        Wire.ShouldPassLifecycle(events);
    }

    public static TheoryData<string> FailuresBeforeTheFirstEvent() => new() { "cut-after-0", "malformed-first-event", "empty-body", "only-done-sentinel" };

    [Theory]
    [MemberData(nameof(FailuresBeforeTheFirstEvent))]
    public async Task Failure_before_the_first_event_is_thrown(string failure)
    {
        IReadOnlyList<SseFrame> frames = Fixtures.ToSseFrames(Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-tool-search.1.chunks.txt"));
        UpstreamReply reply = failure switch
        {
            "cut-after-0" => UpstreamReply.Sse(frames).CutAfter(0),
            "malformed-first-event" => UpstreamReply.Sse(frames.Skip(1).Prepend(SseFrame.InvalidJson("response.created"))),
            "empty-body" => UpstreamReply.Sse(),
            _ => UpstreamReply.Sse().WithDoneSentinel(),
        };
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(reply.WithHeader("x-request-id", "req_broken"));
        using var client = lane.Client();

        ResponsesException ex = await OpenAIErrorTests.CatchAsync(client, streaming: true);

        ex.StatusCode.Should().Be(502);
        ex.Error.Type.Should().Be(ResponsesErrorTypes.Server);
        ex.Error.Code.Should().Be("upstream_stream_error");
        ex.ProviderName.Should().Be("openai");
        ex.IsRetriable.Should().Be(failure != "malformed-first-event", "a dropped connection may succeed on retry; a server that sends invalid JSON will not");
        ex.Message.Should().StartWith("openai: the upstream stream broke:");
    }

    [Fact]
    public async Task Upstream_error_event_followed_by_response_failed_is_forwarded_as_is()
    {
        // After three finished items the server reports an error and fails the response (like openai-error.1, but mid-stream).
        IReadOnlyList<JsonElement> prefix = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt").Take(11).ToList();
        var upstreamEvents = prefix.Append(ErrorEvent(11)).Append(FailedEvent(prefix, 12)).ToList();
        Wire.ShouldPassLifecycle(upstreamEvents);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(upstreamEvents));
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        events.Should().HaveCount(upstreamEvents.Count);
        for (int i = 0; i < events.Count; i++)
        {
            JsonAssert.Equal(upstreamEvents[i], events[i], $"event #{i}");
        }

        Wire.ShouldBeSchemaValid(events);
    }

    [Theory]
    [InlineData(11)] // between items
    [InlineData(30)] // while a message is open
    public async Task Upstream_error_event_then_end_of_stream_is_forwarded_and_closed_with_response_failed(int n)
    {
        IReadOnlyList<JsonElement> prefix = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt").Take(n).ToList();
        var upstreamEvents = prefix.Append(ErrorEvent(n)).ToList();
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(upstreamEvents));
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));

        events.Select(Wire.TypeOf).Should().ContainSingle(t => t == "error");
        JsonAssert.Equal(upstreamEvents[n], events[n], "the error event is forwarded unchanged");
        ClosedStreams.ShouldBeClosedAfter(upstreamEvents, n + 1, events);
    }

    /// <summary>The index just after the <paramref name="occurrence"/>-th event of <paramref name="type"/> (the number of events to send).</summary>
    internal static int IndexAfter(IReadOnlyList<JsonElement> events, string type, int occurrence)
    {
        int seen = 0;
        for (int i = 0; i < events.Count; i++)
        {
            if (Wire.TypeOf(events[i]) == type && ++seen == occurrence)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"The recording has fewer than {occurrence} '{type}' events.");
    }

    private static JsonElement ErrorEvent(int sequenceNumber) => Fixtures.ParseElement(
        "{\"type\":\"error\",\"sequence_number\":" + sequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ",\"error\":{\"type\":\"server_error\",\"code\":\"server_error\",\"message\":\"The model had an error.\",\"param\":null}}");

    // response.failed as OpenAI sends it: the in_progress response, failed, with the finished items.
    private static JsonElement FailedEvent(IReadOnlyList<JsonElement> prefix, int sequenceNumber)
    {
        JsonNode response = JsonNode.Parse(prefix[1].GetProperty("response").GetRawText())!;
        response["status"] = "failed";
        response["error"] = new JsonObject { ["code"] = "server_error", ["message"] = "The model had an error." };
        response["output"] = new JsonArray(prefix.Where(e => Wire.TypeOf(e) == "response.output_item.done").Select(e => JsonNode.Parse(e.GetProperty("item").GetRawText())).ToArray());
        return Fixtures.ParseElement(new JsonObject { ["type"] = "response.failed", ["sequence_number"] = sequenceNumber, ["response"] = response }.ToJsonString());
    }
}
