using System.Text.Json;
using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Testing;

// OrderedFailoverChatClient is experimental in M.E.AI 10.11; users reach it the same way.
#pragma warning disable MEAI001

namespace Responses.ExtensionsAI.Tests;

/// <summary>
/// Our chat clients inside M.E.AI's <see cref="OrderedFailoverChatClient"/>: a provider failure surfaces as an
/// exception before any update, so M.E.AI moves to the next client, and the answer names the model that served.
/// </summary>
public sealed class FailoverTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_overloaded_first_provider_fails_over_to_the_second(bool streaming)
    {
        await using AnthropicFake primary = await AnthropicFake.StartAsync();
        await using AnthropicFake secondary = await AnthropicFake.StartAsync();
        primary.Upstream.Route("POST", AnthropicFake.MessagesPath).Handle(_ => ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded"));
        secondary.Reply(AnthropicFake.Text("Served by the second.", id: "msg_second"));
        using IChatClient client = new OrderedFailoverChatClient([primary.Client.AsChatClient(), secondary.Client.AsChatClient()]);

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("Hi").ToChatResponseAsync()
            : await client.GetResponseAsync("Hi");

        response.Text.Should().Be("Served by the second.");
        primary.Upstream.Requests.Should().HaveCount(1, "the first provider was tried once");
        IReadOnlyList<JsonElement> bodies = await secondary.RequestBodiesAsync(1);
        bodies[0].GetProperty("messages")[0].GetProperty("content").ToString().Should().Contain("Hi");
    }

    [Fact]
    public async Task When_every_client_fails_the_last_providers_error_surfaces()
    {
        await using AnthropicFake primary = await AnthropicFake.StartAsync();
        await using AnthropicFake secondary = await AnthropicFake.StartAsync();
        primary.Upstream.Route("POST", AnthropicFake.MessagesPath).Handle(_ => ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded"));
        secondary.Upstream.Route("POST", AnthropicFake.MessagesPath).Handle(_ => ProviderErrors.Anthropic(400, "invalid_request_error", "prompt is too long"));
        using IChatClient client = new OrderedFailoverChatClient([primary.Client.AsChatClient(), secondary.Client.AsChatClient()]);

        Func<Task> call = () => client.GetResponseAsync("Hi");

        (await call.Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(400);
        primary.Upstream.Requests.Should().HaveCount(1);
        secondary.Upstream.Requests.Should().HaveCount(1);
    }
}
