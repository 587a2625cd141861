using System.Text.Json;

namespace Responses.Storage.Tests;

/// <summary>The contract every <see cref="IResponseStore"/> meets; one derived class per store.</summary>
public abstract class ResponseStoreTests : IAsyncLifetime
{
    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private readonly List<IResponseStore> _stores = [];

    /// <summary>Makes a store over fresh, empty storage (the same storage for every call within one test).</summary>
    protected abstract IResponseStore CreateStore(int? maxResponses = null);

    protected IResponseStore NewStore(int? maxResponses = null)
    {
        IResponseStore store = CreateStore(maxResponses);
        _stores.Add(store);
        return store;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (IResponseStore store in _stores)
        {
            switch (store)
            {
                case IAsyncDisposable a: await a.DisposeAsync(); break;
                case IDisposable d: d.Dispose(); break;
            }
        }
    }

    protected StoredResponse Record(string owner = "tenant-a", int items = 3, string? previous = null, TimeSpan? ttl = null, string? id = null)
    {
        id ??= "resp_" + Guid.NewGuid().ToString("N");
        return new StoredResponse
        {
            Id = id,
            Owner = owner,
            PreviousResponseId = previous,
            CreatedAt = Time.GetUtcNow(),
            ExpiresAt = ttl is null ? null : Time.GetUtcNow() + ttl,
            Request = new CreateResponseRequest { Model = "m", Instructions = "be brief", Temperature = 0.5 },
            Response = new Response
            {
                Id = id,
                Model = "m",
                Status = ResponseStatus.Completed,
                CreatedAt = 1,
                PreviousResponseId = previous,
                Output =
                [
                    new ReasoningItem { Id = "rs_" + id, EncryptedContent = "gAAAA-secret", Summary = [] },
                    new MessageItem { Id = "msg_out_" + id, Role = MessageRole.Assistant, Content = new MessageContent([new OutputTextPart { Text = "hi ünïcode <&>" }]), Status = ItemStatus.Completed },
                ],
            },
            InputItems = Enumerable.Range(0, items).Select(i => new StoredInputItem($"msg_{i}_{id}", MessageItem.User($"text {i}"))).ToList(),
        };
    }

    private static string Json<T>(T value) => ResponsesJson.Serialize(value);

    [SkippableFact]
    public async Task Save_then_get_returns_the_same_record()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record(previous: "resp_parent", ttl: TimeSpan.FromDays(1));
        await store.SaveAsync(record);

        StoredResponse? read = await store.GetAsync("tenant-a", record.Id);

        read.Should().NotBeNull();
        Json(read!.Response).Should().Be(Json(record.Response));
        Json(read.Request).Should().Be(Json(record.Request));
        read.PreviousResponseId.Should().Be("resp_parent");
        read.InputItems.Select(i => i.Id).Should().Equal(record.InputItems.Select(i => i.Id));
        read.InputItems.Select(i => Json(i.Item)).Should().Equal(record.InputItems.Select(i => Json(i.Item)));
        read.CreatedAt.Should().Be(record.CreatedAt);
        read.ExpiresAt.Should().Be(record.ExpiresAt);
        ((ReasoningItem)read.Response.Output[0]).EncryptedContent.Should().Be("gAAAA-secret");
    }

    [SkippableFact]
    public async Task Another_owner_sees_nothing()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        await store.SaveAsync(record);
        await store.AppendEventsAsync("tenant-a", record.Id, [new ResponseCreatedEvent { SequenceNumber = 0, Response = record.Response }]);

        (await store.GetAsync("tenant-b", record.Id)).Should().BeNull();
        (await store.ListInputItemsAsync("tenant-b", record.Id, new InputItemsQuery())).Should().BeNull();
        (await store.ReadEventsAsync("tenant-b", record.Id, -1)).Should().BeEmpty();
        (await store.UpdateResponseAsync("tenant-b", record.Response)).Should().BeFalse();
        (await store.DeleteAsync("tenant-b", record.Id)).Should().BeFalse();
        (await store.GetAsync("tenant-a", record.Id)).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Delete_removes_the_record_items_and_events()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        await store.SaveAsync(record);
        await store.AppendEventsAsync("tenant-a", record.Id, [new ResponseCreatedEvent { SequenceNumber = 0, Response = record.Response }]);

        (await store.DeleteAsync("tenant-a", record.Id)).Should().BeTrue();

        (await store.GetAsync("tenant-a", record.Id)).Should().BeNull();
        (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery())).Should().BeNull();
        (await store.ReadEventsAsync("tenant-a", record.Id, -1)).Should().BeEmpty();
        (await store.DeleteAsync("tenant-a", record.Id)).Should().BeFalse();
        (await store.GetAsync("tenant-a", "resp_missing")).Should().BeNull();
    }

    [SkippableFact]
    public async Task Update_replaces_the_response_and_keeps_the_items()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        record.Response.Status = ResponseStatus.InProgress;
        await store.SaveAsync(record);

        var final = Record(id: record.Id).Response;
        final.Status = ResponseStatus.Completed;
        (await store.UpdateResponseAsync("tenant-a", final)).Should().BeTrue();

        StoredResponse read = (await store.GetAsync("tenant-a", record.Id))!;
        read.Response.Status.Should().Be(ResponseStatus.Completed);
        read.InputItems.Should().HaveCount(3);
        (await store.UpdateResponseAsync("tenant-a", Record().Response)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task Saving_again_replaces_the_input_items()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record(items: 5);
        await store.SaveAsync(record);
        await store.SaveAsync(Record(id: record.Id, items: 2));

        (await store.GetAsync("tenant-a", record.Id))!.InputItems.Should().HaveCount(2);
    }

    [SkippableFact]
    public async Task Input_items_page_in_both_orders()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record(items: 7);
        await store.SaveAsync(record);
        string[] ids = record.InputItems.Select(i => i.Id).ToArray();

        InputItemsPage first = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 3, Descending = false }))!;
        first.Items.Select(i => i.Id).Should().Equal(ids[0], ids[1], ids[2]);
        first.HasMore.Should().BeTrue();
        InputItemsPage second = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 3, Descending = false, After = ids[2] }))!;
        second.Items.Select(i => i.Id).Should().Equal(ids[3], ids[4], ids[5]);
        second.HasMore.Should().BeTrue();
        InputItemsPage last = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 3, Descending = false, After = ids[5] }))!;
        last.Items.Select(i => i.Id).Should().Equal(ids[6]);
        last.HasMore.Should().BeFalse();

        InputItemsPage desc = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 4 }))!;
        desc.Items.Select(i => i.Id).Should().Equal(ids[6], ids[5], ids[4], ids[3]);
        desc.HasMore.Should().BeTrue();
        InputItemsPage descRest = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 4, After = ids[3] }))!;
        descRest.Items.Select(i => i.Id).Should().Equal(ids[2], ids[1], ids[0]);
        descRest.HasMore.Should().BeFalse();

        InputItemsPage exact = (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { Limit = 7 }))!;
        exact.HasMore.Should().BeFalse();
        (await store.ListInputItemsAsync("tenant-a", record.Id, new InputItemsQuery { After = "msg_unknown" }))!.Items.Should().BeEmpty();

        ResponseItemList wire = desc.ToItemList();
        wire.FirstId.Should().Be(ids[6]);
        wire.LastId.Should().Be(ids[3]);
        wire.Data[0].Id.Should().Be(ids[6]);
    }

    [SkippableFact]
    public async Task Events_are_read_after_a_sequence_number_in_order_once()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        await store.SaveAsync(record);
        ResponseStreamEvent[] events = Enumerable.Range(0, 10)
            .Select(i => (ResponseStreamEvent)new ResponseOutputTextDeltaEvent { SequenceNumber = i, ItemId = "msg_1", OutputIndex = 0, ContentIndex = 0, Delta = $"d{i}", Logprobs = [] })
            .ToArray();
        await store.AppendEventsAsync("tenant-a", record.Id, events[..6]);
        await store.AppendEventsAsync("tenant-a", record.Id, events[4..]); // overlap: already stored events are ignored

        IReadOnlyList<ResponseStreamEvent> all = await store.ReadEventsAsync("tenant-a", record.Id, -1);
        all.Select(e => e.SequenceNumber).Should().Equal(Enumerable.Range(0, 10));
        all.Select(Json).Should().Equal(events.Select(Json));
        (await store.ReadEventsAsync("tenant-a", record.Id, 6)).Select(e => e.SequenceNumber).Should().Equal(7, 8, 9);
        (await store.ReadEventsAsync("tenant-a", record.Id, 9)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Events_and_the_response_are_written_together()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        record.Response.Status = ResponseStatus.InProgress;
        await store.SaveAsync(record);
        Response final = Record(id: record.Id).Response;
        final.Status = ResponseStatus.Completed;

        await store.AppendEventsAsync("tenant-a", record.Id, [new ResponseCompletedEvent { SequenceNumber = 0, Response = final }], final);

        (await store.GetAsync("tenant-a", record.Id))!.Response.Status.Should().Be(ResponseStatus.Completed);
        (await store.ReadEventsAsync("tenant-a", record.Id, -1)).Should().ContainSingle().Which.Should().BeOfType<ResponseCompletedEvent>();
        (await store.FindItemAsync("tenant-a", "rs_" + record.Id)).Should().NotBeNull();
        Response intruder = Record(id: record.Id).Response;
        intruder.Status = ResponseStatus.Failed;
        await store.AppendEventsAsync("tenant-b", record.Id, [], intruder); // another owner changes nothing
        (await store.GetAsync("tenant-a", record.Id))!.Response.Status.Should().Be(ResponseStatus.Completed);
    }

    [SkippableFact]
    public async Task Expired_records_are_invisible_and_purged()
    {
        IResponseStore store = NewStore();
        StoredResponse shortLived = Record(ttl: TimeSpan.FromMinutes(1));
        StoredResponse longLived = Record(ttl: TimeSpan.FromDays(1));
        StoredResponse forever = Record();
        await store.SaveAsync(shortLived);
        await store.SaveAsync(longLived);
        await store.SaveAsync(forever);

        Time.Advance(TimeSpan.FromMinutes(2));

        (await store.GetAsync("tenant-a", shortLived.Id)).Should().BeNull();
        (await store.GetAsync("tenant-a", longLived.Id)).Should().NotBeNull();
        (await store.PurgeAsync(Time.GetUtcNow())).Should().Be(1);
        (await store.PurgeAsync(Time.GetUtcNow())).Should().Be(0);
        (await store.GetAsync("tenant-a", forever.Id)).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Size_limit_purges_the_oldest()
    {
        IResponseStore store = NewStore(maxResponses: 3);
        var records = new List<StoredResponse>();
        for (int i = 0; i < 5; i++)
        {
            StoredResponse record = Record();
            records.Add(record);
            await store.SaveAsync(record);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        (await store.PurgeAsync(Time.GetUtcNow())).Should().Be(2);

        (await store.GetAsync("tenant-a", records[0].Id)).Should().BeNull();
        (await store.GetAsync("tenant-a", records[1].Id)).Should().BeNull();
        (await store.GetAsync("tenant-a", records[4].Id)).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Concurrent_saves_gets_and_deletes_lose_nothing()
    {
        IResponseStore store = NewStore();
        StoredResponse[] records = Enumerable.Range(0, 200).Select(i => Record(owner: $"tenant-{i % 4}", items: 2)).ToArray();

        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (record, ct) =>
        {
            await store.SaveAsync(record, ct);
            StoredResponse? read = await store.GetAsync(record.Owner, record.Id, ct);
            read.Should().NotBeNull();
            read!.InputItems.Should().HaveCount(2);
            if (record.Id.GetHashCode(StringComparison.Ordinal) % 2 == 0)
            {
                (await store.DeleteAsync(record.Owner, record.Id, ct)).Should().BeTrue();
            }
        });

        foreach (StoredResponse record in records)
        {
            bool deleted = record.Id.GetHashCode(StringComparison.Ordinal) % 2 == 0;
            ((await store.GetAsync(record.Owner, record.Id)) is null).Should().Be(deleted, record.Id);
        }
    }

    [SkippableFact]
    public async Task Items_are_found_by_id_for_their_owner_only()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record();
        await store.SaveAsync(record);

        ((MessageItem)(await store.FindItemAsync("tenant-a", record.InputItems[1].Id))!).Content!.Text.Should().Be("text 1");
        (await store.FindItemAsync("tenant-a", "rs_" + record.Id)).Should().BeOfType<ReasoningItem>().Which.EncryptedContent.Should().Be("gAAAA-secret");
        (await store.FindItemAsync("tenant-b", "rs_" + record.Id)).Should().BeNull();
        (await store.FindItemAsync("tenant-a", "msg_nowhere")).Should().BeNull();

        Response updated = Record(id: record.Id).Response;
        updated.Output = [new MessageItem { Id = "msg_new_" + record.Id, Role = MessageRole.Assistant, Content = "new" }];
        await store.UpdateResponseAsync("tenant-a", updated);
        (await store.FindItemAsync("tenant-a", "rs_" + record.Id)).Should().BeNull();
        (await store.FindItemAsync("tenant-a", "msg_new_" + record.Id)).Should().NotBeNull();

        await store.DeleteAsync("tenant-a", record.Id);
        (await store.FindItemAsync("tenant-a", "msg_new_" + record.Id)).Should().BeNull();
        (await store.FindItemAsync("tenant-a", record.InputItems[1].Id)).Should().BeNull();
    }

    [SkippableFact]
    public async Task Unknown_item_and_event_types_round_trip()
    {
        IResponseStore store = NewStore();
        StoredResponse record = Record(items: 0);
        var unknownItem = ResponsesJson.Deserialize<ResponseItem>("""{"type":"future_item","id":"fi_1","payload":{"x":[1,2.5,"three"]}}""")!;
        record.InputItems.Add(new StoredInputItem("fi_1", unknownItem));
        await store.SaveAsync(record);
        var unknownEvent = ResponsesJson.Deserialize<ResponseStreamEvent>("""{"type":"response.future.delta","sequence_number":3,"extra":{"a":null}}""")!;
        await store.AppendEventsAsync(record.Owner, record.Id, [unknownEvent]);

        StoredResponse read = (await store.GetAsync(record.Owner, record.Id))!;
        JsonDocument.Parse(Json(read.InputItems[0].Item)).RootElement.GetProperty("payload").GetProperty("x")[1].GetDouble().Should().Be(2.5);
        Json((await store.ReadEventsAsync(record.Owner, record.Id, -1)).Single()).Should().Contain("\"extra\":{\"a\":null}");
    }
}
