using System.Text.Json;
using Responses.Providers.OpenAI;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.Providers.Tests.State;

/// <summary>The OpenAI-native client under the state middleware: the middleware owns the state, OpenAI stores nothing.</summary>
public class OpenAIThroughStateTests
{
    [Fact]
    public async Task The_middleware_sends_openai_self_contained_requests_with_store_false_and_serves_reads_itself()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        int n = 0;
        upstream.Route("POST", "/v1/responses").Handle(_ =>
        {
            int call = Interlocked.Increment(ref n);
            var writer = new ResponseWriter(new Response { Id = $"resp_up{call}", Model = "gpt-test", CreatedAt = 1, Tools = [], ToolChoice = ToolChoice.Auto, ParallelToolCalls = true, Temperature = 1, TopP = 1, Metadata = new Dictionary<string, string>() }, emitEvents: false);
            int message = writer.BeginMessage($"msg_up{call}");
            writer.AppendOutputText(message, $"upstream {call}");
            writer.Complete();
            return UpstreamReply.Json(ResponsesJson.Serialize(writer.Response));
        });
        using var openai = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(upstream.BaseAddress, "/v1/") }, upstream.CreateClient());
        IResponsesClient client = openai.AsBuilder().UseResponseStore(new InMemoryResponseStore()).Build();

        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-test", Input = "Hi", Instructions = "terse" });
        Response second = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-test", Input = "And?", PreviousResponseId = first.Id });
        Response read = await client.GetResponseAsync(second.Id!);
        ResponseItemList items = await client.ListInputItemsAsync(second.Id!);

        IReadOnlyList<RecordedRequest> requests = upstream.Requests;
        requests.Should().HaveCount(2).And.OnlyContain(r => r.Method == "POST", "GET and input_items are served from the store");
        JsonElement body = requests[1].Json!.Value;
        body.GetProperty("store").GetBoolean().Should().BeFalse();
        body.TryGetProperty("previous_response_id", out _).Should().BeFalse();
        body.TryGetProperty("instructions", out _).Should().BeFalse();
        JsonAssert.Equal("""
            [{"type":"message","role":"user","content":"Hi"},
             {"type":"message","id":"msg_up1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"upstream 1","annotations":[],"logprobs":[]}]},
             {"type":"message","role":"user","content":"And?"}]
            """, body.GetProperty("input").GetRawText());
        read.PreviousResponseId.Should().Be("resp_up1");
        read.OutputText.Should().Be("upstream 2");
        items.Data.Should().ContainSingle();
        Conformance.Valid(read);
    }
}
