using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Providers.Middleware.State;

namespace Responses.ExtensionsAI.Tests;

/// <summary>Background responses through continuation tokens, as M.E.AI.OpenAI offers them, on any provider with the state middleware.</summary>
public class BackgroundResponseTests
{
    [Fact]
    public async Task Background_response_returns_a_token_whose_stream_resumes_to_the_end()
    {
        var provider = new RecordingResponsesClient().Then(RecordingResponsesClient.Text("Done in the background."));
        using IResponsesClient pipeline = provider.AsBuilder().UseResponseStore().Build();
        using IChatClient chat = pipeline.AsChatClient();

        ChatResponse started = await chat.GetResponseAsync("Long task", new ChatOptions { AllowBackgroundResponses = true });

        started.ContinuationToken.Should().NotBeNull();
        started.FinishReason.Should().BeNull("the response is still running");

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync([], new ChatOptions { ContinuationToken = started.ContinuationToken }))
        {
            updates.Add(update);
        }

        updates.Should().OnlyContain(u => u.ResponseId == started.ResponseId);
        updates[^1].ContinuationToken.Should().BeNull("the response has finished");
        updates[^1].FinishReason.Should().Be(ChatFinishReason.Stop);
        updates.ToChatResponse().Text.Should().Be("Done in the background.");
        provider.Requests.Should().ContainSingle().Which.Background.Should().NotBe(true, "the state middleware runs the background work itself");

        ChatResponse polled = await chat.GetResponseAsync([], new ChatOptions { ContinuationToken = started.ContinuationToken });
        polled.Text.Should().Be("Done in the background.");
        polled.ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task A_token_with_messages_is_refused()
    {
        var provider = new RecordingResponsesClient().Then(RecordingResponsesClient.Text("x"));
        using IResponsesClient pipeline = provider.AsBuilder().UseResponseStore().Build();
        using IChatClient chat = pipeline.AsChatClient();
        ChatResponse started = await chat.GetResponseAsync("Long task", new ChatOptions { AllowBackgroundResponses = true });

        Func<Task> act = () => chat.GetResponseAsync("more", new ChatOptions { ContinuationToken = started.ContinuationToken });

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*continuation token*");
    }
}
