using System.Text.Json;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.ChatCompletions;
using Responses.Testing;

namespace Responses.Providers.Tests.State;

/// <summary>
/// previous_response_id over stateless translating providers on their fake upstreams: the store middleware rebuilds
/// the conversation and the provider receives it in its own wire format, streaming and not.
/// </summary>
public class CrossProviderChainTests
{
    [Fact]
    public async Task Anthropic_chain_non_streaming_then_streaming()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        using IResponsesClient client = harness.Client.AsBuilder().UseResponseStore(new InMemoryResponseStore()).Build();
        harness.Reply(UpstreamReply.Json("""{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"Hello"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":5,"output_tokens":2}}"""));
        harness.Reply(AnthropicHarness.Stream(new[]
        {
            """{"type":"message_start","message":{"id":"msg_2","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":1}}}""",
            """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Again"}}""",
            """{"type":"content_block_stop","index":0}""",
            """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":2}}""",
            """{"type":"message_stop"}""",
        }.Select(Fixtures.ParseElement)));

        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" });
        List<JsonElement> events = await Collect(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "And again?", PreviousResponseId = first.Id }));

        TranslatedOutput.AssertValidStream(events);
        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(2);
        requests[1].Json!.Value.GetProperty("messages").GetRawText().Should().Be(
            """[{"role":"user","content":[{"type":"text","text":"Hi"}]},{"role":"assistant","content":[{"type":"text","text":"Hello"}]},{"role":"user","content":[{"type":"text","text":"And again?"}]}]""");
        string secondId = TranslatedOutput.Terminal(events).GetProperty("id").GetString()!;
        (await client.GetResponseAsync(secondId)).OutputText.Should().Be("Again");
    }

    [Fact]
    public async Task Chat_completions_chain_streaming_then_non_streaming()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        using IResponsesClient client = harness.Client.AsBuilder().UseResponseStore(new InMemoryResponseStore()).Build();
        harness.Reply(ChatHarness.Stream(
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hello"},"finish_reason":null}]}""",
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"""));
        harness.Reply(UpstreamReply.Json("""{"id":"c2","object":"chat.completion","created":2,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Again"},"finish_reason":"stop"}]}"""));

        List<JsonElement> events = await Collect(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }));
        TranslatedOutput.AssertValidStream(events);
        string firstId = TranslatedOutput.Terminal(events).GetProperty("id").GetString()!;
        Response second = await client.CreateResponseAsync(new CreateResponseRequest { Input = "And again?", PreviousResponseId = firstId });

        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(2);
        JsonElement messages = requests[1].Json!.Value.GetProperty("messages");
        messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()).Should().Equal("user", "assistant", "user");
        messages[1].GetProperty("content").GetString().Should().Be("Hello");
        (await client.GetResponseAsync(second.Id!)).OutputText.Should().Be("Again");
        (await client.ListInputItemsAsync(second.Id!)).Data.Should().NotBeEmpty();
    }

    private static async Task<List<JsonElement>> Collect(IAsyncEnumerable<ResponseStreamEvent> stream)
    {
        var events = new List<JsonElement>();
        await foreach (ResponseStreamEvent e in stream)
        {
            events.Add(ResponsesJson.SerializeToElement(e));
        }

        return events;
    }
}
