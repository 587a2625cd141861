using System.Text.Json;
using Responses.Providers.Middleware.State;
using Responses.Providers.Tests.State;

namespace Responses.Storage.Tests;

/// <summary><c>conversation</c> on create through the state middleware, over each store.</summary>
public abstract class ConversationPipelineTests : ConversationStoreTests
{
    private static IResponsesClient Pipeline(IResponsesClient provider, IResponseStore store) => provider.AsBuilder().UseResponseStore(store).Build();

    private static async Task<string> NewConversationAsync(IResponseStore store, params ResponseItem[] items) =>
        (await new ConversationsClient((IConversationStore)store).CreateAsync(new CreateConversationRequest { Items = items })).Id!;

    private static JsonElement Input(ScriptedProvider provider, int call) =>
        JsonDocument.Parse(provider.RequestJson(call)).RootElement.GetProperty("input");

    private static async Task<List<StoredInputItem>> ItemsAsync(IResponseStore store, string conversationId) =>
        [.. (await ((IConversationStore)store).ReadConversationAsync(ResponsesCallContext.Owner, conversationId))!.Items];

    [SkippableFact]
    public async Task Prior_items_are_prepended_and_the_turn_is_appended()
    {
        IResponseStore store = NewStore();
        var provider = new ScriptedProvider();
        IResponsesClient client = Pipeline(provider, store);
        string conversationId = await NewConversationAsync(store, MessageItem.User("My name is Ada."));

        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = conversationId });

        first.Conversation!.Id.Should().Be(conversationId);
        ResponsesJson.Serialize(first).Should().Contain($"\"conversation\":{{\"id\":\"{conversationId}\"}}");
        JsonElement sent = Input(provider, 1);
        sent.GetArrayLength().Should().Be(2);
        sent[0].GetProperty("content").GetString().Should().Be("My name is Ada.");
        sent[1].GetProperty("content").GetString().Should().Be("Hi");
        JsonDocument.Parse(provider.RequestJson(1)).RootElement.TryGetProperty("conversation", out JsonElement c).Should().BeFalse(c.ToString());

        List<StoredInputItem> items = await ItemsAsync(store, conversationId);
        items.Select(i => i.Item.GetType().Name).Should().Equal(nameof(MessageItem), nameof(MessageItem), nameof(ReasoningItem), nameof(MessageItem));
        items[2].Id.Should().Be("rs_1");
        items[3].Id.Should().Be("msg_1");
        ((ReasoningItem)items[2].Item).EncryptedContent.Should().Be("enc_1");

        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "And?", Conversation = ConversationReference.FromObject(conversationId) });
        JsonElement second = Input(provider, 2);
        second.GetArrayLength().Should().Be(5);
        second[3].GetProperty("id").GetString().Should().Be("msg_1");
        second[4].GetProperty("content").GetString().Should().Be("And?");
        (await ItemsAsync(store, conversationId)).Should().HaveCount(7);
        (await client.GetResponseAsync(first.Id!)).Conversation!.Id.Should().Be(conversationId);
    }

    [SkippableFact]
    public async Task A_streamed_turn_is_in_the_conversation_before_its_terminal_event()
    {
        IResponseStore store = NewStore();
        var provider = new ScriptedProvider();
        IResponsesClient client = Pipeline(provider, store);
        string conversationId = await NewConversationAsync(store);

        foreach (bool storeResponse in new[] { true, false })
        {
            int before = (await ItemsAsync(store, conversationId)).Count;
            bool sawTerminal = false;
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = conversationId, Store = storeResponse }))
            {
                if (e is ResponseCreatedEvent created)
                {
                    created.Response!.Conversation!.Id.Should().Be(conversationId);
                }

                if (e is ResponseCompletedEvent completed)
                {
                    sawTerminal = true;
                    completed.Response!.Conversation!.Id.Should().Be(conversationId);
                    (await ItemsAsync(store, conversationId)).Should().HaveCount(before + 3, "input, reasoning and message are appended before the terminal event is yielded");
                }
            }

            sawTerminal.Should().BeTrue();
        }

        Input(provider, 2).GetArrayLength().Should().Be(4, "the second turn got the first turn's three items and its own input");
    }

    [SkippableFact]
    public async Task Conversation_and_previous_response_id_together_are_rejected()
    {
        IResponseStore store = NewStore();
        var provider = new ScriptedProvider();
        IResponsesClient client = Pipeline(provider, store);
        string conversationId = await NewConversationAsync(store);

        ResponsesException e = (await client.Invoking(c => c.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = conversationId, PreviousResponseId = "resp_1" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        e.StatusCode.Should().Be(400);
        e.Message.Should().Contain("previous_response_id").And.Contain("conversation");
        ResponsesException background = (await client.Invoking(c => c.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = conversationId, Background = true }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        background.StatusCode.Should().Be(400);
        background.Error.Param.Should().Be("background");
        provider.Requests.Should().BeEmpty();
        (await ItemsAsync(store, conversationId)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Another_owners_or_an_unknown_conversation_is_not_found()
    {
        IResponseStore store = NewStore();
        var provider = new ScriptedProvider();
        IResponsesClient client = Pipeline(provider, store);
        string conversationId;
        using (ResponsesCallContext.BeginScope("tenant-x"))
        {
            conversationId = await NewConversationAsync(store, MessageItem.User("secret"));
        }

        foreach (string id in new[] { conversationId, "conv_unknown" })
        {
            using (ResponsesCallContext.BeginScope("tenant-y"))
            {
                ResponsesException e = (await client.Invoking(c => c.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = id }))
                    .Should().ThrowAsync<ResponsesException>()).Which;
                e.StatusCode.Should().Be(404);
                e.Error.Param.Should().Be("conversation");
                e.Message.Should().Be($"Conversation with id '{id}' not found.");
            }
        }

        provider.Requests.Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failed_response_adds_nothing_and_an_incomplete_one_without_error_adds_its_turn(bool streaming)
    {
        IResponseStore store = NewStore();
        string conversationId = await NewConversationAsync(store, MessageItem.User("first"));
        var request = new CreateResponseRequest { Model = "m", Input = "Hi", Conversation = conversationId };

        Response failed = await RunAsync(Pipeline(new EndingProvider(new ScriptedProvider(), ResponseStatus.Failed), store), request, streaming);
        failed.Status.Should().Be(ResponseStatus.Failed);
        (await ItemsAsync(store, conversationId)).Select(i => ((MessageItem)i.Item).Content!.Text).Should().Equal("first");

        Response incomplete = await RunAsync(Pipeline(new EndingProvider(new ScriptedProvider(), ResponseStatus.Incomplete), store), request, streaming);
        incomplete.Status.Should().Be(ResponseStatus.Incomplete);
        (await ItemsAsync(store, conversationId)).Should().HaveCount(4, "an incomplete response (max_output_tokens…) still is a turn");
    }

    private static async Task<Response> RunAsync(IResponsesClient client, CreateResponseRequest request, bool streaming)
    {
        if (!streaming)
        {
            return await client.CreateResponseAsync(request);
        }

        List<ResponseStreamEvent> events = await client.CreateResponseStreamingAsync(request).ToListAsync();
        return ResponseOf(events[^1]);
    }

    private static Response ResponseOf(ResponseStreamEvent e) => e switch
    {
        ResponseFailedEvent failed => failed.Response!,
        ResponseIncompleteEvent incomplete => incomplete.Response!,
        ResponseCompletedEvent completed => completed.Response!,
        _ => throw new InvalidOperationException($"Not a terminal event: {e.Type}"),
    };

    [SkippableFact]
    public async Task Responses_on_one_conversation_in_one_process_run_one_after_another()
    {
        IResponseStore store = NewStore();
        var provider = new ScriptedProvider { Hold = true };
        IResponsesClient client = Pipeline(provider, store);
        string conversationId = await NewConversationAsync(store);

        Task<List<ResponseStreamEvent>> first = client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "one", Conversation = conversationId }).ToListAsync().AsTask();
        await provider.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Task<Response> second = client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "two", Conversation = conversationId });
        provider.Requests.Should().HaveCount(1, "the second response waits for the conversation");
        provider.Release();

        await first.WaitAsync(TimeSpan.FromSeconds(10));
        Response answer = await second.WaitAsync(TimeSpan.FromSeconds(10));

        answer.Status.Should().Be(ResponseStatus.Completed);
        Input(provider, 2).GetArrayLength().Should().Be(4, "the second response saw the first one's turn");
        (await ItemsAsync(store, conversationId)).Should().HaveCount(6);
    }

    [SkippableFact]
    public async Task A_turn_based_on_a_stale_conversation_is_rejected_with_409_and_not_appended()
    {
        IResponseStore store = NewStore();
        var providerA = new ScriptedProvider { Hold = true };
        IResponsesClient processA = Pipeline(providerA, store);
        IResponsesClient processB = Pipeline(new ScriptedProvider(), NewStore());
        string conversationId = await NewConversationAsync(store);

        Task<List<ResponseStreamEvent>> streamA = processA.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "from A", Conversation = conversationId }).ToListAsync().AsTask();
        await providerA.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // store:false: B's scripted provider numbers its responses like A's (resp_1), and the record checked below is A's.
        await processB.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "from B", Conversation = conversationId, Store = false });
        providerA.Release();

        ResponsesException e = (await streamA.Awaiting(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<ResponsesException>()).Which;
        e.StatusCode.Should().Be(409);
        e.ErrorCode.Should().Be("conversation_conflict");
        List<StoredInputItem> items = await ItemsAsync(store, conversationId);
        items.Should().HaveCount(3);
        ((MessageItem)items[0].Item).Content!.Text.Should().Be("from B");
        Response recordA = await processA.GetResponseAsync("resp_1"); // the scripted provider's first id, kept by the middleware
        recordA.Status.Should().Be(ResponseStatus.Failed, "the stored record says the turn was not added");
        recordA.Error!.Code.Should().Be("conversation_conflict");
    }

    /// <summary>A provider whose responses end with the given status (failed with an error, or incomplete without one), streaming or not.</summary>
    private sealed class EndingProvider(IResponsesClient inner, ResponseStatus status) : DelegatingResponsesClient(inner)
    {
        public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
            End(await base.CreateResponseAsync(request, cancellationToken));

        public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (ResponseStreamEvent e in base.CreateResponseStreamingAsync(request, cancellationToken))
            {
                yield return e is ResponseCompletedEvent completed
                    ? status == ResponseStatus.Failed
                        ? new ResponseFailedEvent { SequenceNumber = completed.SequenceNumber, Response = End(completed.Response!) }
                        : new ResponseIncompleteEvent { SequenceNumber = completed.SequenceNumber, Response = End(completed.Response!) }
                    : e;
            }
        }

        private Response End(Response response)
        {
            response.Status = status;
            if (status == ResponseStatus.Failed)
            {
                response.Error = new ResponseError { Code = "server_error", Message = "upstream broke" };
            }
            else
            {
                response.IncompleteDetails = new IncompleteDetails { Reason = "max_output_tokens" };
            }

            return response;
        }
    }
}
