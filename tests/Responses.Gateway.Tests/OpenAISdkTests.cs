using System.ClientModel;
using OpenAI.Responses;
using Responses.Testing;

#pragma warning disable OPENAI001 // the Responses client is marked experimental

namespace Responses.Gateway.Tests;

/// <summary>The official OpenAI .NET SDK (2.14.0) pointed at the gateway, with Anthropic behind it.</summary>
public sealed class OpenAISdkTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    [Fact]
    public async Task The_OpenAI_SDK_creates_and_streams_through_the_gateway()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")),
            UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));
        var client = new ResponsesClient(new ApiKeyCredential(GatewayHarness.MasterKey), new ResponsesClientOptions { Endpoint = new Uri(gateway.BaseAddress, "v1") });

        var options = new CreateResponseOptions { Model = "claude" };
        options.InputItems.Add(OpenAI.Responses.ResponseItem.CreateUserMessageItem("Hello"));
        ResponseResult created = (await client.CreateResponseAsync(options)).Value;

        created.Id.Should().NotBeNullOrEmpty();
        created.GetOutputText().Should().NotBeNullOrEmpty();

        var streamOptions = new CreateResponseOptions { Model = "claude", StreamingEnabled = true };
        streamOptions.InputItems.Add(OpenAI.Responses.ResponseItem.CreateUserMessageItem("Hello"));
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
        text.ToString().Should().NotBeEmpty().And.Be(completed!.GetOutputText());
    }
}
