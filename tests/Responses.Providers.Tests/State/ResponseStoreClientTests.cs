using System.Text.Json;
using Responses.Providers.Middleware.State;
using Responses.Testing;

namespace Responses.Providers.Tests.State;

public class ResponseStoreClientTests
{
    private readonly ScriptedProvider _provider = new();
    private readonly InMemoryResponseStore _store = new();

    private IResponsesClient NewClient(Action<ResponseStoreClientOptions>? configure = null) =>
        _provider.AsBuilder().UseResponseStore(_store, configure).Build();

    private static ResponsesException NotFound(Func<Task> call, string? param = null)
    {
        ResponsesException e = call.Should().ThrowAsync<ResponsesException>().GetAwaiter().GetResult().Which;
        e.StatusCode.Should().Be(404);
        e.Error.Type.Should().Be("invalid_request_error");
        e.Error.Param.Should().Be(param);
        return e;
    }

    private static string? TextOf(ResponseItem item) => ((InputTextPart)((MessageItem)item).Content!.Parts!.Single()).Text;

    private static JsonElement InputOf(string requestJson) => JsonDocument.Parse(requestJson).RootElement.GetProperty("input");

    [Fact]
    public async Task Three_turns_send_the_provider_the_whole_conversation_and_nothing_inherited()
    {
        IResponsesClient client = NewClient();
        var tool = new FunctionTool { Name = "lookup", Strict = true, Parameters = JsonDocument.Parse("{\"type\":\"object\"}").RootElement };
        Response first = Conformance.Valid(await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Instructions = "Be terse", Tools = [tool] }));
        Response second = Conformance.Valid(await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "And?", PreviousResponseId = first.Id }));
        Response third = Conformance.Valid(await client.CreateResponseAsync(new CreateResponseRequest
        {
            Model = "m",
            Input = new ResponseInput([MessageItem.User("Third"), MessageItem.Developer("dev note")]),
            PreviousResponseId = second.Id,
        }));

        first.Id.Should().Be("resp_1");
        second.PreviousResponseId.Should().Be("resp_1");
        third.PreviousResponseId.Should().Be("resp_2");
        third.OutputText.Should().Be("answer 3");

        // Turn 1 goes through unchanged (string input kept), with store=false upstream.
        _provider.RequestJson(1).Should().Be("""{"model":"m","input":"Hi","instructions":"Be terse","tools":[{"type":"function","name":"lookup","description":null,"parameters":{"type":"object"},"strict":true}],"store":false}""");
        // Turn 2: turn 1's input and output, then the new input; no instructions, tools or previous_response_id.
        const string Turn1 = """
            {"type":"message","role":"user","content":"Hi"},
            {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"thinking"}],"encrypted_content":"enc_1"},
            {"type":"message","id":"msg_1","role":"assistant","content":[{"type":"output_text","text":"answer 1","annotations":[],"logprobs":[]}],"status":"completed"}
            """;
        const string Turn2 = """
            {"type":"message","role":"user","content":"And?"},
            {"type":"reasoning","id":"rs_2","summary":[{"type":"summary_text","text":"thinking"}],"encrypted_content":"enc_2"},
            {"type":"message","id":"msg_2","role":"assistant","content":[{"type":"output_text","text":"answer 2","annotations":[],"logprobs":[]}],"status":"completed"}
            """;
        JsonAssert.Equal($"[{Turn1},{{\"type\":\"message\",\"role\":\"user\",\"content\":\"And?\"}}]", InputOf(_provider.RequestJson(2)).GetRawText());
        JsonAssert.Equal($$"""[{{Turn1}},{{Turn2}},{"type":"message","role":"user","content":"Third"},{"type":"message","role":"developer","content":"dev note"}]""", InputOf(_provider.RequestJson(3)).GetRawText());
        JsonDocument.Parse(_provider.RequestJson(2)).RootElement.TryGetProperty("instructions", out _).Should().BeFalse();
        JsonDocument.Parse(_provider.RequestJson(2)).RootElement.TryGetProperty("tools", out _).Should().BeFalse();
        JsonDocument.Parse(_provider.RequestJson(2)).RootElement.TryGetProperty("previous_response_id", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Streaming_turns_chain_and_every_event_is_valid()
    {
        IResponsesClient client = NewClient();
        List<ResponseStreamEvent> first = await client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi" }).ToListAsync();
        Conformance.Valid(first);
        string firstId = first.OfType<ResponseCompletedEvent>().Single().Response!.Id!;

        List<ResponseStreamEvent> second = await client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "And?", PreviousResponseId = firstId }).ToListAsync();
        Conformance.Valid(second);
        second.OfType<ResponseCompletedEvent>().Single().Response!.PreviousResponseId.Should().Be(firstId);
        second.OfType<ResponseCreatedEvent>().Single().Response!.PreviousResponseId.Should().Be(firstId);

        InputOf(_provider.RequestJson(2)).EnumerateArray().Select(i => i.GetProperty("type").GetString() + ":" + (i.TryGetProperty("id", out JsonElement id) ? id.GetString() : "-"))
            .Should().Equal("message:-", "reasoning:rs_1", "message:msg_1", "message:-");
        Conformance.Valid(await client.GetResponseAsync(firstId)).OutputText.Should().Be("answer 1");
    }

    [Fact]
    public async Task The_response_says_whether_it_was_stored_although_the_provider_was_asked_not_to_store()
    {
        IResponsesClient client = NewClient();
        Response stored = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi" });
        Response notStored = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Store = false });
        List<ResponseStreamEvent> streamed = await client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi" }).ToListAsync();

        JsonDocument.Parse(_provider.RequestJson(1)).RootElement.GetProperty("store").GetBoolean().Should().BeFalse("the state lives here, not upstream");
        stored.Store.Should().BeTrue();
        notStored.Store.Should().BeFalse();
        streamed.OfType<ResponseCompletedEvent>().Single().Response!.Store.Should().BeTrue();
        (await client.GetResponseAsync(stored.Id!)).Store.Should().BeTrue();
    }

    [Fact]
    public async Task A_follow_up_sent_with_zero_delay_finds_its_predecessor()
    {
        IResponsesClient client = NewClient();
        string? previous = null;
        for (int i = 0; i < 25; i++)
        {
            previous = (await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = $"turn {i}", PreviousResponseId = previous })).Id;
        }

        // Streaming: the follow-up is sent the moment response.completed arrives, before the stream is even finished.
        string? streamed = previous;
        for (int i = 0; i < 10; i++)
        {
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = $"s{i}", PreviousResponseId = streamed }))
            {
                if (e is ResponseCompletedEvent completed)
                {
                    streamed = completed.Response!.Id;
                    (await client.GetResponseAsync(streamed!)).Status.Should().Be(ResponseStatus.Completed);
                    break;
                }
            }
        }

        Response last = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "end", PreviousResponseId = streamed });
        InputOf(_provider.RequestJson(_provider.Requests.Count)).GetArrayLength().Should().Be(3 * 35 + 1);
        last.Status.Should().Be(ResponseStatus.Completed);
    }

    [Fact]
    public async Task Unknown_previous_response_is_404_in_the_openai_shape()
    {
        IResponsesClient client = NewClient();
        ResponsesException e = NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "x", PreviousResponseId = "resp_nope" }), "previous_response_id");
        e.Error.Message.Should().Be("Previous response with id 'resp_nope' not found.");
        JsonAssert.Equal("""{"error":{"message":"Previous response with id 'resp_nope' not found.","type":"invalid_request_error","param":"previous_response_id","code":"previous_response_not_found"}}""",
            ResponsesJson.Serialize(e.ToErrorResponse()));
        NotFound(() => client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "x", PreviousResponseId = "resp_nope" }).ToListAsync(), "previous_response_id");
        NotFound(() => client.GetResponseAsync("resp_nope"));
        NotFound(() => client.DeleteResponseAsync("resp_nope"));
        NotFound(() => client.CancelResponseAsync("resp_nope"));
        NotFound(() => client.ListInputItemsAsync("resp_nope"));
        NotFound(() => client.GetResponseStreamingAsync("resp_nope").ToListAsync());
        _provider.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Store_false_keeps_nothing()
    {
        IResponsesClient client = NewClient();
        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "x", Store = false });
        List<ResponseStreamEvent> events = await client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "x", Store = false }).ToListAsync();
        Conformance.Valid(events);

        NotFound(() => client.GetResponseAsync(response.Id!));
        NotFound(() => client.GetResponseAsync(events[0].As<ResponseCreatedEvent>().Response!.Id!));
        NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "y", PreviousResponseId = response.Id }), "previous_response_id");
        _store.Count.Should().Be(0);
    }

    [Fact]
    public async Task Deleted_response_cannot_be_continued()
    {
        IResponsesClient client = NewClient();
        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "x" });

        DeleteResponseResult deleted = await client.DeleteResponseAsync(response.Id!);

        JsonAssert.Equal($$"""{"id":"{{response.Id}}","object":"response","deleted":true}""", ResponsesJson.Serialize(deleted));
        NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "y", PreviousResponseId = response.Id }), "previous_response_id");
        NotFound(() => client.GetResponseAsync(response.Id!));
        NotFound(() => client.DeleteResponseAsync(response.Id!));
    }

    [Fact]
    public async Task Owners_are_isolated()
    {
        IResponsesClient client = NewClient();
        Response mine;
        using (ResponsesCallContext.BeginScope("key-a"))
        {
            mine = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "secret" });
        }

        using (ResponsesCallContext.BeginScope("key-b"))
        {
            NotFound(() => client.GetResponseAsync(mine.Id!));
            NotFound(() => client.ListInputItemsAsync(mine.Id!));
            NotFound(() => client.DeleteResponseAsync(mine.Id!));
            NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "y", PreviousResponseId = mine.Id }), "previous_response_id");
        }

        NotFound(() => client.GetResponseAsync(mine.Id!)); // the default owner is another owner too
        using (ResponsesCallContext.BeginScope("key-a"))
        {
            (await client.GetResponseAsync(mine.Id!)).Id.Should().Be(mine.Id);
        }
    }

    [Fact]
    public async Task Input_items_page_with_limit_order_and_after()
    {
        IResponsesClient client = NewClient();
        List<ResponseItem> input = Enumerable.Range(0, 5).Select(i => (ResponseItem)MessageItem.User($"m{i}")).ToList();
        input[2].Id = "msg_given"; // m2: first item of page 2
        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = new ResponseInput(input) });

        ResponseItemList page1 = await client.ListInputItemsAsync(response.Id!, new ListInputItemsOptions { Limit = 2, Order = "asc" });
        ResponseItemList page2 = await client.ListInputItemsAsync(response.Id!, new ListInputItemsOptions { Limit = 2, Order = "asc", After = page1.LastId });
        ResponseItemList page3 = await client.ListInputItemsAsync(response.Id!, new ListInputItemsOptions { Limit = 2, Order = "asc", After = page2.LastId });
        ResponseItemList desc = await client.ListInputItemsAsync(response.Id!);

        page1.HasMore.Should().BeTrue();
        page2.HasMore.Should().BeTrue();
        page3.HasMore.Should().BeFalse();
        page2.Data[0].Id.Should().Be("msg_given");
        page1.Data.Concat(page2.Data).Concat(page3.Data).Select(TextOf).Should().Equal("m0", "m1", "m2", "m3", "m4");
        page1.Data.Should().OnlyContain(i => i.Id!.StartsWith("msg_"));
        page1.FirstId.Should().Be(page1.Data[0].Id);
        desc.Data.Select(TextOf).Should().Equal("m4", "m3", "m2", "m1", "m0");
        desc.HasMore.Should().BeFalse();
        SchemaValidator.Default.AssertValid(ApiSpec.OpenAI, "ResponseItemList", ResponsesJson.SerializeToElement(desc));
        await client.Invoking(c => c.ListInputItemsAsync(response.Id!, new ListInputItemsOptions { Limit = 0 })).Should().ThrowAsync<ResponsesException>().Where(e => e.StatusCode == 400);

        // The provider got the items as sent: no ids were invented for it.
        InputOf(_provider.RequestJson(1)).EnumerateArray().Count(i => i.TryGetProperty("id", out _)).Should().Be(1);
    }

    [Fact]
    public async Task Item_references_resolve_from_the_chain_then_the_store()
    {
        IResponsesClient client = NewClient();
        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi" });
        await client.CreateResponseAsync(new CreateResponseRequest
        {
            Model = "m",
            PreviousResponseId = first.Id,
            Input = new ResponseInput([new ItemReferenceItem("msg_1"), MessageItem.User("again")]),
        });

        JsonElement input = InputOf(_provider.RequestJson(2));
        input.GetArrayLength().Should().Be(5);
        input[3].GetProperty("id").GetString().Should().Be("msg_1");
        input[3].GetProperty("role").GetString().Should().Be("assistant");
        NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = new ResponseInput([new ItemReferenceItem("msg_elsewhere")]) }), "input");

        // Outside any chain: resolved from the owner's stored responses (here turn 1's reasoning item).
        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = new ResponseInput([new ItemReferenceItem("rs_1"), MessageItem.User("fresh")]) });
        JsonElement unchained = InputOf(_provider.RequestJson(3));
        unchained.GetArrayLength().Should().Be(2);
        unchained[0].GetProperty("encrypted_content").GetString().Should().Be("enc_1");
        using (ResponsesCallContext.BeginScope("someone-else"))
        {
            NotFound(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = new ResponseInput([new ItemReferenceItem("rs_1")]) }), "input");
        }
    }

    [Fact]
    public async Task A_stored_stream_resumes_after_a_sequence_number()
    {
        IResponsesClient client = NewClient();
        List<ResponseStreamEvent> original = await client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi" }).ToListAsync();
        string id = original[0].As<ResponseCreatedEvent>().Response!.Id!;

        List<ResponseStreamEvent> all = await client.GetResponseStreamingAsync(id).ToListAsync();
        List<ResponseStreamEvent> rest = await client.GetResponseStreamingAsync(id, new GetResponseOptions { StartingAfter = 4 }).ToListAsync();

        all.Select(e => ResponsesJson.Serialize(e)).Should().Equal(original.Select(e => ResponsesJson.Serialize(e)));
        rest.Select(e => e.SequenceNumber).Should().Equal(original.Skip(5).Select(e => e.SequenceNumber));
        Conformance.Valid(all);
        Conformance.Valid(rest, wholeStream: false);

        Response plain = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "no stream" });
        await client.Invoking(c => c.GetResponseStreamingAsync(plain.Id!).ToListAsync()).Should().ThrowAsync<ResponsesException>().Where(e => e.StatusCode == 400);
    }

    [Fact]
    public async Task A_running_stream_can_be_followed_from_elsewhere()
    {
        _provider.Hold = true;
        IResponsesClient client = NewClient();
        await using IAsyncEnumerator<ResponseStreamEvent> caller = client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi" }).GetAsyncEnumerator();
        (await caller.MoveNextAsync()).Should().BeTrue();
        string id = caller.Current.As<ResponseCreatedEvent>().Response!.Id!;

        Task<List<ResponseStreamEvent>> follower = client.GetResponseStreamingAsync(id, new GetResponseOptions { StartingAfter = 0 }).ToListAsync();
        (await client.GetResponseAsync(id)).Status.Should().Be(ResponseStatus.InProgress);
        var seen = new List<ResponseStreamEvent> { caller.Current };
        Task drain = Task.Run(async () =>
        {
            while (await caller.MoveNextAsync())
            {
                seen.Add(caller.Current);
            }
        });
        await _provider.Holding.Task;
        _provider.Release();
        await drain;

        List<ResponseStreamEvent> followed = await follower.WaitAsync(TimeSpan.FromSeconds(10));
        followed.Select(e => e.SequenceNumber).Should().Equal(seen.Skip(1).Select(e => e.SequenceNumber));
        Conformance.Valid(seen);
        (await client.GetResponseAsync(id)).Status.Should().Be(ResponseStatus.Completed);
    }

    [Fact]
    public async Task Background_returns_queued_runs_and_can_be_polled_and_replayed()
    {
        IResponsesClient client = NewClient();
        Response queued = Conformance.Valid(await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Background = true }));
        queued.Status.Should().Be(ResponseStatus.Queued);
        queued.Background.Should().BeTrue();

        Response polled = queued;
        for (int i = 0; i < 200 && polled.Status is { IsTerminal: false }; i++)
        {
            await Task.Delay(10);
            polled = await client.GetResponseAsync(queued.Id!);
        }

        Conformance.Valid(polled);
        polled.Status.Should().Be(ResponseStatus.Completed);
        polled.Id.Should().Be(queued.Id);
        polled.OutputText.Should().Be("answer 1");
        List<ResponseStreamEvent> replay = Conformance.Valid(await client.GetResponseStreamingAsync(queued.Id!).ToListAsync()).ToList();
        replay.Where(e => e is ResponseCreatedEvent or ResponseCompletedEvent).Should().OnlyContain(e => e.As<ResponseStreamEvent>() != null);
        replay.OfType<ResponseCompletedEvent>().Single().Response!.Id.Should().Be(queued.Id);
        JsonDocument.Parse(_provider.RequestJson(1)).RootElement.TryGetProperty("background", out _).Should().BeFalse();

        // A background response continues a chain like any other.
        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "more", PreviousResponseId = queued.Id });
        InputOf(_provider.RequestJson(2)).GetArrayLength().Should().Be(4);
    }

    [Fact]
    public async Task Background_cancel_stops_the_upstream_request()
    {
        _provider.Hold = true;
        IResponsesClient client = NewClient();
        Response queued = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Background = true });
        await _provider.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await client.GetResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.InProgress);

        Response cancelled = await client.CancelResponseAsync(queued.Id!);

        cancelled.Status.Should().Be(ResponseStatus.Cancelled);
        await _provider.UpstreamCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await client.GetResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.Cancelled);
        (await client.CancelResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.Cancelled);
        // The events seen before the cancel are kept for reconnection.
        (await client.GetResponseStreamingAsync(queued.Id!).ToListAsync()).Should().NotBeEmpty();

        Response foreground = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "x", Store = true, Background = false });
        await client.Invoking(c => c.CancelResponseAsync(foreground.Id ?? "")).Should().ThrowAsync<ResponsesException>().Where(e => e.StatusCode == 400);
        await client.Invoking(c => c.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "x", Store = false, Background = true })).Should().ThrowAsync<ResponsesException>().Where(e => e.StatusCode == 400);
    }

    [Fact]
    public async Task Background_streaming_can_be_left_and_resumed()
    {
        IResponsesClient client = NewClient();
        List<ResponseStreamEvent> firstPart = [];
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Background = true }))
        {
            firstPart.Add(e);
            if (firstPart.Count == 3)
            {
                break; // the caller goes away; the response goes on
            }
        }

        string id = firstPart[0].As<ResponseCreatedEvent>().Response!.Id!;
        List<ResponseStreamEvent> rest = await client.GetResponseStreamingAsync(id, new GetResponseOptions { StartingAfter = firstPart[^1].SequenceNumber }).ToListAsync();

        Conformance.Valid([.. firstPart, .. rest]);
        rest.OfType<ResponseCompletedEvent>().Single().Response!.Background.Should().BeTrue();
    }

    [Fact]
    public async Task A_thousand_concurrent_creates_gets_and_deletes_lose_nothing()
    {
        IResponsesClient client = NewClient();
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        var started = DateTime.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            using IDisposable scope = ResponsesCallContext.BeginScope($"owner-{i % 7}");
            Response created = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = $"q{i}" }, ct);
            Response read = await client.GetResponseAsync(created.Id!, null, ct);
            read.OutputText.Should().Be(created.OutputText);
            Response next = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "more", PreviousResponseId = created.Id }, ct);
            if (i % 2 == 0)
            {
                (await client.DeleteResponseAsync(created.Id!, ct)).Deleted.Should().BeTrue();
            }

            ids.Add($"{i}|{created.Id}|{next.Id}");
        });

        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(30));
        ids.Should().HaveCount(1000);
        _store.Count.Should().Be(1500);
        foreach (string entry in ids)
        {
            string[] parts = entry.Split('|');
            int i = int.Parse(parts[0]);
            using IDisposable scope = ResponsesCallContext.BeginScope($"owner-{i % 7}");
            (await client.GetResponseAsync(parts[2])).PreviousResponseId.Should().Be(parts[1]);
            if (i % 2 == 1)
            {
                (await client.GetResponseAsync(parts[1])).Id.Should().Be(parts[1]);
            }
        }
    }

    [Fact]
    public void The_store_is_found_with_GetService()
    {
        IResponsesClient client = NewClient();
        client.GetService<IResponseStore>().Should().BeSameAs(_store);
        client.GetService<ResponseStoreClient>().Should().NotBeNull();
        client.GetService<ScriptedProvider>().Should().BeSameAs(_provider);
    }
}
