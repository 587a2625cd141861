using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.Providers.Tests.Streaming;

/// <summary>
/// The writer against the conformance kit: every shape of stream it can make passes the OpenAI schema (event by event)
/// and the strict lifecycle check, and the non-streaming writer builds the same response as the streamed terminal event;
/// every recorded stream forwarded through it comes out unchanged, and a failure injected at several points closes it properly.
/// </summary>
public class ResponseWriterConformanceTests
{
    /// <summary>A response as OpenAI echoes it in response.created (every field the spec requires), for the writer to fill.</summary>
    private static Response NewResponse()
    {
        JsonElement created = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt")[0].GetProperty("response");
        Response response = ResponsesJson.Deserialize<Response>(created)!;
        response.Id = "resp_conformance";
        response.CreatedAt = 1_700_000_000;
        return response;
    }

    private static readonly UrlCitationAnnotation Citation = new() { Url = "https://example.com/a", Title = "A", StartIndex = 0, EndIndex = 5 };

    private static readonly FileCitationAnnotation FileCitation = new() { FileId = "file-1", Filename = "a.pdf", Index = 11 };

    private static readonly Dictionary<string, Action<ResponseWriter>> Shapes = new()
    {
        ["text"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Hello");
            w.AppendOutputText(m, ", world");
            w.EndItem(m);
            w.Complete();
        },
        ["text-with-logprobs"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Hi", [new LogProb { Token = "Hi", Logprob = -0.1, Bytes = [72, 105], TopLogprobs = [] }]);
            w.AppendOutputText(m, "!", [new LogProb { Token = "!", Logprob = -0.2, Bytes = [33], TopLogprobs = [] }]);
            w.Complete();
        },
        ["empty-text"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, string.Empty);
            w.Complete();
        },
        ["refusal"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendRefusal(m, "I can't ");
            w.AppendRefusal(m, "help with that.");
            w.Complete();
        },
        ["text-then-refusal"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Well");
            w.AppendRefusal(m, "No.");
            w.EndContentPart(m);
            w.AppendOutputText(m, "Sorry.");
            w.Complete();
        },
        ["annotations"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Paris");
            w.AddAnnotation(m, Citation);
            w.AppendOutputText(m, " is in France [1].");
            w.AddAnnotation(m, FileCitation);
            w.Complete();
        },
        ["two-messages-with-phases"] = w =>
        {
            int a = w.BeginMessage("msg_1", MessagePhase.Commentary);
            w.AppendOutputText(a, "Let me check.");
            w.EndItem(a);
            int b = w.BeginMessage("msg_2", MessagePhase.FinalAnswer);
            w.AppendOutputText(b, "Done.");
            w.Complete();
        },
        ["function-call"] = w =>
        {
            int c = w.BeginFunctionCall("call_1", "get_weather", "fc_1");
            w.AppendFunctionArguments(c, "{\"city\":");
            w.AppendFunctionArguments(c, "\"Paris\"}");
            w.EndItem(c);
            w.Complete();
        },
        ["function-call-empty-arguments"] = w =>
        {
            int c = w.BeginFunctionCall("call_1", "now", "fc_1");
            w.AppendFunctionArguments(c, string.Empty);
            w.Complete();
        },
        ["parallel-interleaved-function-calls"] = w =>
        {
            int a = w.BeginFunctionCall("call_a", "get_weather", "fc_a");
            int b = w.BeginFunctionCall("call_b", "get_time", "fc_b");
            w.AppendFunctionArguments(a, "{\"city\":");
            w.AppendFunctionArguments(b, "{\"tz\":");
            w.AppendFunctionArguments(a, "\"Paris\"}");
            w.AppendFunctionArguments(b, "\"CET\"}");
            w.EndItem(b);
            w.EndItem(a);
            int c = w.BeginFunctionCall("call_c", "noop", "fc_c", "tools");
            w.Complete();
        },
        ["reasoning-summary-text-encrypted"] = w =>
        {
            int r = w.BeginReasoning("rs_1");
            w.AppendReasoningSummary(r, "Thinking");
            w.AppendReasoningSummary(r, " hard");
            w.EndReasoningSummaryPart(r);
            w.AppendReasoningSummary(r, "Second part");
            w.AppendReasoningText(r, "raw ");
            w.AppendReasoningText(r, "reasoning");
            w.SetEncryptedContent(r, "gAAAAB-opaque==");
            w.EndItem(r);
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Answer");
            w.SetUsage(new ResponseUsage
            {
                InputTokens = 10,
                InputTokensDetails = new InputTokensDetails { CachedTokens = 2 },
                OutputTokens = 20,
                OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 12 },
                TotalTokens = 30,
            });
            w.Complete();
        },
        ["reasoning-encrypted-only"] = w =>
        {
            int r = w.BeginReasoning("rs_1");
            w.SetEncryptedContent(r, "opaque");
            w.Complete();
        },
        ["generic-items"] = w =>
        {
            w.AddItem(new WebSearchCallItem { Id = "ws_1", Status = ItemStatus.Completed, Action = new WebSearchSearchAction { Query = "weather paris" } });
            int fs = w.BeginItem(new FileSearchCallItem { Id = "fs_1", Status = ItemStatus.InProgress, Queries = [] });
            w.WriteEvent(new ResponseFileSearchCallInProgressEvent { OutputIndex = fs, ItemId = "fs_1" });
            w.WriteEvent(new ResponseFileSearchCallSearchingEvent { OutputIndex = fs, ItemId = "fs_1" });
            w.WriteEvent(new ResponseFileSearchCallCompletedEvent { OutputIndex = fs, ItemId = "fs_1" });
            w.EndItem(fs, new FileSearchCallItem { Id = "fs_1", Status = ItemStatus.Completed, Queries = ["weather"] });
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "Sunny.");
            w.Complete();
        },
        ["nothing"] = w => w.Complete(),
        ["incomplete-mid-text"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "The answer is");
            w.Incomplete("max_output_tokens");
        },
        ["incomplete-mid-function-call"] = w =>
        {
            int c = w.BeginFunctionCall("call_1", "f", "fc_1");
            w.AppendFunctionArguments(c, "{\"a\":");
            w.Incomplete("max_output_tokens");
        },
        ["fail-mid-text"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendOutputText(m, "partial");
            w.AddAnnotation(m, Citation);
            w.Fail("server_error", "upstream died");
        },
        ["fail-mid-refusal"] = w =>
        {
            int m = w.BeginMessage("msg_1");
            w.AppendRefusal(m, "I can");
            w.Fail("server_error", "upstream died");
        },
        ["fail-mid-function-calls"] = w =>
        {
            int a = w.BeginFunctionCall("call_a", "f", "fc_a");
            int b = w.BeginFunctionCall("call_b", "g", "fc_b");
            w.AppendFunctionArguments(a, "{\"x\"");
            w.Fail("rate_limit_exceeded", "slow down");
        },
        ["fail-mid-reasoning"] = w =>
        {
            int r = w.BeginReasoning("rs_1");
            w.AppendReasoningSummary(r, "Half a thou");
            w.AppendReasoningText(r, "raw");
            w.Fail("server_error", "upstream died");
        },
        ["fail-mid-generic-item"] = w =>
        {
            int fs = w.BeginItem(new FileSearchCallItem { Id = "fs_1", Status = ItemStatus.InProgress, Queries = [] });
            w.WriteEvent(new ResponseFileSearchCallSearchingEvent { OutputIndex = fs, ItemId = "fs_1" });
            w.Fail("server_error", "upstream died");
        },
        ["fail-before-any-item"] = w => w.Fail("server_error", "upstream died"),
    };

    public static TheoryData<string> ShapeNames() => new(Shapes.Keys);

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Every_shape_passes_schema_and_strict_lifecycle_and_matches_the_non_streaming_response(string shape)
    {
        var streaming = new ResponseWriter(NewResponse());
        Shapes[shape](streaming);
        List<JsonElement> events = streaming.TakeEvents().Select(e => ResponsesJson.SerializeToElement(e)).ToList();

        var violations = events.SelectMany((e, i) => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI).Select(v => $"event #{i} {e.GetProperty("type")}: {v}")).ToList();
        violations.Should().BeEmpty(string.Join("\n", violations));
        StreamLifecycleChecker.AssertValid(events);
        streaming.IsFinished.Should().BeTrue();
        streaming.HasOpenItems.Should().BeFalse();

        // The terminal event carries the writer's final response.
        JsonElement terminal = events[^1].GetProperty("response");
        JsonAssert.Equal(terminal, ResponsesJson.SerializeToElement(streaming.Response));
        SchemaValidator.Default.AssertValidResponse(terminal, ApiSpec.OpenAI);

        // The same calls without events build the same response.
        var plain = new ResponseWriter(NewResponse(), emitEvents: false);
        Shapes[shape](plain);
        plain.TakeEvents().Should().BeEmpty();
        JsonAssert.Equal(WithoutCompletedAt(terminal), WithoutCompletedAt(ResponsesJson.SerializeToElement(plain.Response)));
    }

    [Fact]
    public void Shapes_end_with_the_expected_terminal_events()
    {
        foreach (var (name, shape) in Shapes)
        {
            var writer = new ResponseWriter(NewResponse());
            shape(writer);
            string expected = name.StartsWith("fail-", StringComparison.Ordinal) ? "response.failed"
                : name.StartsWith("incomplete-", StringComparison.Ordinal) ? "response.incomplete"
                : "response.completed";
            writer.TakeEvents()[^1].Type.Should().Be(expected, name);
        }
    }

    public static IEnumerable<object[]> Streams() => RecordedOpenAITraffic.Streams();

    [Theory]
    [MemberData(nameof(Streams))]
    public void Forwarded_recording_comes_out_unchanged(string fixture, int response)
    {
        IReadOnlyList<JsonElement> recorded = RecordedOpenAITraffic.StreamEvents(fixture, response);

        List<JsonElement> events = Forward(recorded, recorded.Count, fail: false);

        events.Should().HaveCount(recorded.Count);
        for (int i = 0; i < recorded.Count; i++)
        {
            JsonAssert.Equal(recorded[i], events[i], $"{fixture} event #{i}");
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Forwarded_recording_with_a_failure_injected_at_several_points_is_closed_properly(string fixture, int response)
    {
        IReadOnlyList<JsonElement> recorded = RecordedOpenAITraffic.StreamEvents(fixture, response);
        RecordedOpenAITraffic.Expectation expectation = RecordedOpenAITraffic.For(RecordedOpenAITraffic.NameOf(fixture));
        if (recorded.Count < 2 || TypeOfAt(recorded, 0) != "response.created")
        {
            return; // nothing to cut: a single event, or a stream without a response (never the case in the recordings)
        }

        foreach (int n in CutPoints(recorded))
        {
            List<JsonElement> events = Forward(recorded, n, fail: true);
            var rules = expectation.BrokenRules.ToList();
            if (!expectation.SchemaFaithful)
            {
                // Hand-made fixtures: only the lifecycle is checked (their JSON lacks fields the schema requires), and a
                // stream without sequence numbers cannot be continued with numbered events.
                rules.Add(LifecycleRules.SequenceNumber);
                StreamLifecycleChecker.Check(events, expectation.Options).Where(v => !rules.Contains(v.Rule)).Should().BeEmpty($"{fixture} cut after {n}");
                continue;
            }

            try
            {
                ClosedStreams.ShouldBeClosedAfter(recorded, n, events, "server_error", "injected failure", expectation.Options, rules);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"{fixture} (response {response}) cut after {n} events ({TypeOfAt(recorded, n - 1)}): {ex.Message}", ex);
            }
        }
    }

    [Fact]
    public void Forward_keeps_upstream_sequence_numbers_and_numbers_its_own_events_after_them()
    {
        IReadOnlyList<JsonElement> recorded = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-tool-search.1.chunks.txt");
        List<JsonElement> events = Forward(recorded, 12, fail: true);
        events.Select(e => e.GetProperty("sequence_number").GetInt32()).Should().Equal(Enumerable.Range(0, events.Count));
    }

    // Right after created, in_progress, each output_item.added, the middle of each run of deltas, and before the terminal event.
    private static SortedSet<int> CutPoints(IReadOnlyList<JsonElement> events)
    {
        var points = new SortedSet<int> { 1, 2, events.Count - 1 };
        for (int i = 0; i < events.Count - 1; i++)
        {
            string type = TypeOfAt(events, i);
            if (type == "response.output_item.added" || (type.EndsWith(".delta", StringComparison.Ordinal) && TypeOfAt(events, i - 1) != type))
            {
                points.Add(i + 1);
                int run = i;
                while (run + 1 < events.Count && TypeOfAt(events, run + 1) == type)
                {
                    run++;
                }

                points.Add(((i + run) / 2) + 1);
            }
        }

        points.RemoveWhere(p => p < 1 || p >= events.Count);
        return points;
    }

    private static List<JsonElement> Forward(IReadOnlyList<JsonElement> recorded, int n, bool fail)
    {
        var writer = new ResponseWriter(new Response());
        var events = new List<ResponseStreamEvent>();
        foreach (JsonElement e in recorded.Take(n))
        {
            writer.Forward(ResponsesJson.Deserialize<ResponseStreamEvent>(e)!);
            events.AddRange(writer.TakeEvents());
        }

        if (fail)
        {
            writer.IsFinished.Should().BeFalse();
            writer.Fail("server_error", "injected failure");
            events.AddRange(writer.TakeEvents());
        }

        // Serialized at the end: the events handed out must not have changed while the writer went on.
        return events.Select(e => ResponsesJson.SerializeToElement(e)).ToList();
    }

    private static string TypeOfAt(IReadOnlyList<JsonElement> events, int i) =>
        i >= 0 && i < events.Count && events[i].TryGetProperty("type", out JsonElement t) ? t.GetString() ?? string.Empty : string.Empty;

    // completed_at is the wall clock when Complete() ran; the two writers may straddle a second.
    private static JsonElement WithoutCompletedAt(JsonElement response)
    {
        JsonObject node = JsonNode.Parse(response.GetRawText())!.AsObject();
        if (node["completed_at"] is JsonValue completedAt)
        {
            completedAt.GetValue<long>().Should().BeGreaterThan(0);
            node.Remove("completed_at");
        }

        return Fixtures.ParseElement(node.ToJsonString());
    }
}
