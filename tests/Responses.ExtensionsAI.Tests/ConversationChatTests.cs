using System.Text.Json;
using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Providers.Middleware.State;

namespace Responses.ExtensionsAI.Tests;

/// <summary><see cref="ChatOptions.ConversationId"/> with a <c>conv_…</c> id, through the state middleware, on any provider.</summary>
public class ConversationChatTests
{
    [Fact]
    public async Task A_conv_id_continues_the_stored_conversation_streaming_and_not()
    {
        var provider = new RecordingResponsesClient()
            .Then(RecordingResponsesClient.Text("Hello Ada."))
            .Then(RecordingResponsesClient.Text("Your name is Ada."));
        var store = new InMemoryResponseStore();
        using IResponsesClient pipeline = provider.AsBuilder().UseResponseStore(store).Build();
        using IChatClient chat = pipeline.AsChatClient();
        string conversationId = (await new ConversationsClient(store).CreateAsync(new CreateConversationRequest())).Id!;

        ChatResponse first = await chat.GetResponseAsync("I am Ada.", new ChatOptions { ConversationId = conversationId });
        first.ConversationId.Should().Be(conversationId);

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("What is my name?", new ChatOptions { ConversationId = conversationId }))
        {
            updates.Add(update);
        }

        updates.ToChatResponse().Text.Should().Be("Your name is Ada.");
        updates.Where(u => u.ConversationId is not null).Should().OnlyContain(u => u.ConversationId == conversationId);
        JsonElement input = JsonDocument.Parse(provider.RequestJson[1]).RootElement.GetProperty("input");
        input.GetRawText().Should().Contain("I am Ada.").And.Contain("Hello Ada.").And.Contain("What is my name?");
        provider.Requests.Should().OnlyContain(r => r.Conversation == null && r.PreviousResponseId == null);

        ResponseItemList items = await new ConversationsClient(store).ListItemsAsync(conversationId, new ListInputItemsOptions { Order = "asc" });
        items.Data.OfType<MessageItem>().Select(m => m.Content!.GetText())
            .Should().Equal("I am Ada.", "Hello Ada.", "What is my name?", "Your name is Ada.");
    }
}
