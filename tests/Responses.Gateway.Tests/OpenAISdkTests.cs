using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI.Responses;
using Responses.Testing;

#pragma warning disable OPENAI001 // the Responses client is marked experimental

namespace Responses.Gateway.Tests;

/// <summary>
/// The official OpenAI .NET SDK (2.14.0 <see cref="ResponsesClient"/>) and Microsoft.Extensions.AI.OpenAI's IChatClient
/// over it, pointed at the gateway, with the OpenAI and Anthropic fakes behind it.
/// </summary>
public sealed class OpenAISdkTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    private static ResponsesClient SdkClient(GatewayHarness gateway, string key = GatewayHarness.MasterKey) =>
        new(new ApiKeyCredential(key), new ResponsesClientOptions { Endpoint = new Uri(gateway.BaseAddress, "v1") });

    private static void EnqueueReplies(GatewayHarness gateway, string model)
    {
        if (model == "claude")
        {
            gateway.Anthropic.EnqueuePost("/v1/messages",
                UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")),
                UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));
        }
        else
        {
            gateway.OpenAI.EnqueuePost("/v1/responses",
                UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")),
                UpstreamReply.SseEvents(Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt")));
        }
    }

    [Theory]
    [InlineData("claude")]
    [InlineData("gpt")]
    public async Task The_SDK_creates_streams_retrieves_lists_input_items_and_deletes(string model)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        EnqueueReplies(gateway, model);
        ResponsesClient client = SdkClient(gateway);

        var options = new CreateResponseOptions { Model = model, StoredOutputEnabled = true };
        options.InputItems.Add(OpenAI.Responses.ResponseItem.CreateUserMessageItem("Hello"));
        ResponseResult created = (await client.CreateResponseAsync(options)).Value;
        created.Id.Should().NotBeNullOrEmpty();
        created.GetOutputText().Should().NotBeNullOrEmpty();

        var streamOptions = new CreateResponseOptions { Model = model, StreamingEnabled = true };
        streamOptions.InputItems.Add(OpenAI.Responses.ResponseItem.CreateUserMessageItem("Hello again"));
        var text = new System.Text.StringBuilder();
        ResponseResult? completed = null;
        await foreach (StreamingResponseUpdate update in client.CreateResponseStreamingAsync(streamOptions))
        {
            if (update is StreamingResponseOutputTextDeltaUpdate delta)
            {
                text.Append(delta.Delta);
            }
            else if (update is StreamingResponseCompletedUpdate done)
            {
                completed = done.Response;
            }
        }

        completed.Should().NotBeNull();
        text.ToString().Should().NotBeEmpty();
        completed!.GetOutputText().Should().NotBeEmpty();
        if (model == "claude")
        {
            text.ToString().Should().Be(completed.GetOutputText()); // the OpenAI recording has deltas cut out
        }

        ResponseResult retrieved = (await client.GetResponseAsync(created.Id)).Value;
        retrieved.Id.Should().Be(created.Id);
        retrieved.GetOutputText().Should().Be(created.GetOutputText());

        var inputItems = new List<OpenAI.Responses.ResponseItem>();
        await foreach (OpenAI.Responses.ResponseItem item in client.GetResponseInputItemsAsync(created.Id))
        {
            inputItems.Add(item);
        }

        inputItems.Should().ContainSingle().Which.Should().BeAssignableTo<MessageResponseItem>()
            .Which.Content.Single().Text.Should().Be("Hello");

        (await client.DeleteResponseAsync(created.Id)).Value.Deleted.Should().BeTrue();
        Func<Task> gone = () => client.GetResponseAsync(created.Id);
        (await gone.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(404);
    }

    [Theory]
    [InlineData("claude")]
    [InlineData("gpt")]
    public async Task The_MEAI_chat_client_over_the_SDK_answers_and_streams(string model)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        EnqueueReplies(gateway, model);
        IChatClient chat = SdkClient(gateway).AsIChatClient(model);

        ChatResponse answer = await chat.GetResponseAsync("Hello");
        answer.Text.Should().NotBeNullOrEmpty();
        answer.ResponseId.Should().NotBeNullOrEmpty();
        (await gateway.SendAsync(HttpMethod.Get, $"/v1/responses/{answer.ResponseId}")).Response.IsSuccessStatusCode.Should().BeTrue("the gateway stored it");

        var streamed = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Hello"))
        {
            streamed.Add(update);
        }

        ChatResponse combined = streamed.ToChatResponse();
        combined.Text.Should().NotBeNullOrEmpty();
        combined.ResponseId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_SDK_with_a_virtual_key_sees_a_model_it_may_not_use_as_401()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (response, body) = await gateway.PostAsync("/key/generate", """{"models":["claude"]}""");
        response.IsSuccessStatusCode.Should().BeTrue(body.ToString());
        ResponsesClient client = SdkClient(gateway, body.GetProperty("key").GetString()!);

        var options = new CreateResponseOptions { Model = "gpt" };
        options.InputItems.Add(OpenAI.Responses.ResponseItem.CreateUserMessageItem("Hello"));
        Func<Task> create = () => client.CreateResponseAsync(options);

        (await create.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(401);
    }
}
