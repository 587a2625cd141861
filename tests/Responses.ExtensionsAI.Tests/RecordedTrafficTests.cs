using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>
/// Every recorded OpenAI response body (the spec's examples and the Vercel AI SDK recordings under
/// tests/fixtures/wire) through the OpenAI-native provider and our IChatClient: the text is the response's
/// output text, and sending the chat messages back sends every output item back unchanged.
/// </summary>
public class RecordedTrafficTests
{
    public static IEnumerable<object[]> Bodies() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.json").Concat(Fixtures.Enumerate("wire/openai-responses/*.json"))
            .Where(p => Fixtures.ReadJson(p) is var body && body.TryGetProperty("object", out JsonElement o) && o.ValueEquals("response")
                && body.TryGetProperty("output", out JsonElement output) && output.GetArrayLength() > 0)
            .Select(p => new object[] { Fixtures.RelativePath(Fixtures.PathOf(p)) });

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Recorded_response_maps_and_round_trips(string fixture)
    {
        JsonElement body = Fixtures.ReadJson(fixture);
        await using FakeUpstream fake = await FakeUpstream.StartAsync();
        fake.Route("POST", "/v1/responses").Always(UpstreamReply.Json(body));
        using var provider = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(fake.BaseAddress, "v1/"), DefaultModel = "gpt-test" }, fake.CreateClient());
        using IChatClient chat = provider.AsChatClient();

        ChatResponse response = await chat.GetResponseAsync("Replay");
        await chat.GetResponseAsync([.. response.Messages]);

        Response recorded = ResponsesJson.Deserialize<Response>(body)!;
        string.Concat(response.Messages.Select(m => m.Text)).Should().Be(recorded.OutputText);
        response.ResponseId.Should().Be(recorded.Id);
        response.Usage?.TotalTokenCount.Should().Be(recorded.Usage?.TotalTokens);
        IReadOnlyList<RecordedRequest> requests = await fake.WaitForRequestsAsync(2);
        JsonElement sentBack = requests[1].Json!.Value.GetProperty("input");
        JsonAssert.Equal(Normalize(body.GetProperty("output")), Normalize(sentBack), "every output item goes back unchanged");
    }

    // Recordings whose deltas do not add up to their final text (the conformance kit's findings, docs/conformance-kit.md).
    private static readonly Dictionary<string, string> NotDeltaFaithful = new(StringComparer.Ordinal)
    {
        ["example-streaming.sse"] = "the spec's abbreviated example (\"...\" lines)",
        ["openai-phase.1.chunks.txt"] = "abbreviated: deltas, an item, sequence numbers and response fields cut out",
        ["openai-shell-container.1.chunks.txt"] = "hand-edited: the deltas do not add up to the text",
    };

    public static IEnumerable<object[]> Streams() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").Concat(Fixtures.Enumerate("wire/openai-responses/*.sse"))
            .SelectMany(p => Fixtures.SplitResponses(Fixtures.ReadEvents(p)).Select((events, i) => (Path: p, Index: i, Events: events)))
            .Where(r => r.Events[^1].GetProperty("type").GetString() == "response.completed" && !NotDeltaFaithful.ContainsKey(Path.GetFileName(r.Path)))
            .Select(r => new object[] { Fixtures.RelativePath(Fixtures.PathOf(r.Path)), r.Index });

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Recorded_stream_maps_to_updates(string fixture, int index)
    {
        IReadOnlyList<JsonElement> events = Fixtures.SplitResponses(Fixtures.ReadEvents(fixture))[index];
        await using FakeUpstream fake = await FakeUpstream.StartAsync();
        fake.Route("POST", "/v1/responses").Always(UpstreamReply.SseEvents(events));
        using var provider = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(fake.BaseAddress, "v1/"), DefaultModel = "gpt-test" }, fake.CreateClient());
        using IChatClient chat = provider.AsChatClient();

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Replay"))
        {
            updates.Add(update);
        }

        Response completed = ResponsesJson.Deserialize<Response>(events[^1].GetProperty("response"))!;
        string.Concat(updates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text)).Should().Be(completed.OutputText);
        updates[^1].FinishReason.Should().Be(completed.Output.Any(i => i is FunctionCallItem) ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop);
        updates[^1].ResponseId.Should().Be(completed.Id);
        updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().Select(c => c.CallId)
            .Should().Equal(completed.Output.OfType<FunctionCallItem>().Select(c => c.CallId));
        if (completed.Usage is { } usage)
        {
            updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details.TotalTokenCount.Should().Be(usage.TotalTokens);
        }
    }

    // An assistant message goes back as its parts (as M.E.AI.OpenAI sends it): the message item's own id, status and
    // phase are not part of the chat message, so they are left out of the comparison; everything else must match.
    private static JsonElement Normalize(JsonElement items)
    {
        var array = JsonNode.Parse(items.GetRawText())!.AsArray();
        foreach (JsonObject item in array.OfType<JsonObject>())
        {
            if ((string?)item["type"] == "message")
            {
                item.Remove("id");
                item.Remove("status");
                item.Remove("phase");
            }
        }

        return JsonSerializer.SerializeToElement(array);
    }
}
