#pragma warning disable OPENAI001 // the OpenAI SDK's Responses client is marked experimental
using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Responses;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Providers.Middleware.State;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>
/// A third-party IChatClient (M.E.AI.OpenAI's, over the OpenAI SDK against an OpenAI fake) becomes a Responses
/// provider that streams spec-valid events and, with the state middleware, continues conversations by
/// previous_response_id; and our two adapters compose (Anthropic → IChatClient → Responses provider).
/// </summary>
public class ThirdPartyChatClientTests
{
    [Fact]
    public async Task MEAI_OpenAI_chat_client_as_a_stateful_Responses_provider()
    {
        await using FakeUpstream fake = await FakeUpstream.StartAsync();
        int turn = 0;
        fake.Route("POST", "/v1/responses").Handle(request =>
        {
            turn++;
            string text = turn == 1 ? "Hello Ada." : "You are Ada.";
            var events = new List<JsonElement>
            {
                Fixtures.ParseElement($$$"""{"type":"response.created","sequence_number":0,"response":{"id":"resp_up{{{turn}}}","object":"response","created_at":1760000000,"status":"in_progress","model":"gpt-test","output":[]}}"""),
                Fixtures.ParseElement($$$"""{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"id":"msg_up{{{turn}}}","type":"message","role":"assistant","status":"in_progress","content":[]}}"""),
                Fixtures.ParseElement($$$"""{"type":"response.output_text.delta","sequence_number":2,"item_id":"msg_up{{{turn}}}","output_index":0,"content_index":0,"delta":"{{{text}}}"}"""),
                Fixtures.ParseElement($$$"""{"type":"response.output_item.done","sequence_number":3,"output_index":0,"item":{"id":"msg_up{{{turn}}}","type":"message","role":"assistant","status":"completed","content":[{"type":"output_text","text":"{{{text}}}","annotations":[]}]}}"""),
                Fixtures.ParseElement($$$$"""{"type":"response.completed","sequence_number":4,"response":{"id":"resp_up{{{{turn}}}}","object":"response","created_at":1760000000,"status":"completed","model":"gpt-test","output":[{"id":"msg_up{{{{turn}}}}","type":"message","role":"assistant","status":"completed","content":[{"type":"output_text","text":"{{{{text}}}}","annotations":[]}]}],"usage":{"input_tokens":5,"output_tokens":3,"total_tokens":8}}}"""),
            };
            return UpstreamReply.SseEvents(events);
        });
        using IChatClient thirdParty = new ResponsesClient(new ApiKeyCredential("sk-test"), new ResponsesClientOptions { Endpoint = new Uri(fake.BaseAddress, "v1") })
            .AsIChatClient("gpt-test");
        using IResponsesClient provider = thirdParty.AsResponsesClient("openai-via-meai").AsBuilder().UseResponseStore().Build();

        Response first = await StreamAsync(provider, new CreateResponseRequest { Model = "gpt-test", Input = "I am Ada." });
        Response second = await StreamAsync(provider, new CreateResponseRequest { Model = "gpt-test", Input = "Who am I?", PreviousResponseId = first.Id });

        first.OutputText.Should().Be("Hello Ada.");
        second.OutputText.Should().Be("You are Ada.");
        second.Usage!.TotalTokens.Should().Be(8);
        IReadOnlyList<RecordedRequest> requests = await fake.WaitForRequestsAsync(2);
        requests[1].Json!.Value.GetProperty("input").EnumerateArray()
            .Select(i => i.GetProperty("content")[0].GetProperty("text").GetString())
            .Should().Equal(["I am Ada.", "Hello Ada.", "Who am I?"], "the store rebuilt the history for a chat client that has none");
    }

    [Fact]
    public async Task Our_two_adapters_compose_through_Anthropic()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Round trip."));
        using IResponsesClient provider = fake.Client.AsChatClient().AsResponsesClient();

        Response response = await StreamAsync(provider, new CreateResponseRequest { Model = "claude-sonnet-4-5", Input = "Hi", Instructions = "Be brief." });

        response.OutputText.Should().Be("Round trip.");
        response.Model.Should().Be("claude-sonnet-4-5");
        JsonElement body = (await fake.RequestBodiesAsync(1))[0];
        body.GetProperty("system").GetRawText().Should().Contain("Be brief.");
        provider.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("anthropic");
    }

    private static async Task<Response> StreamAsync(IResponsesClient client, CreateResponseRequest request)
    {
        List<ResponseStreamEvent> events = [];
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request))
        {
            events.Add(e);
        }

        SpecAssert.ValidStream(events);
        return ((ResponseCompletedEvent)events[^1]).Response!;
    }
}
