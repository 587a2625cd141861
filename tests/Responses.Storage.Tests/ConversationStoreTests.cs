namespace Responses.Storage.Tests;

/// <summary>The contract every <see cref="IConversationStore"/> meets (the response stores of this library are all conversation stores).</summary>
public abstract class ConversationStoreTests : StatefulPipelineTests
{
    protected IConversationStore NewConversationStore() => (IConversationStore)NewStore();

    protected StoredConversation NewConversation(string owner = "tenant-a", Dictionary<string, string>? metadata = null) => new()
    {
        Id = "conv_" + Guid.NewGuid().ToString("N"),
        Owner = owner,
        CreatedAt = Time.GetUtcNow(),
        Metadata = metadata,
    };

    protected static List<StoredInputItem> Items(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new StoredInputItem($"msg_{prefix}{i}", MessageItem.User($"{prefix} {i} ünïcode"))).ToList();

    private static string Json<T>(T value) => ResponsesJson.Serialize(value);

    [SkippableFact]
    public async Task Create_then_read_returns_metadata_and_items_in_order()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation(metadata: new() { ["topic"] = "demo" });
        List<StoredInputItem> items = Items("a", 3);
        await store.CreateConversationAsync(conversation, items);

        StoredConversation? read = await store.GetConversationAsync("tenant-a", conversation.Id);
        read.Should().NotBeNull();
        read!.Metadata.Should().Equal(new Dictionary<string, string> { ["topic"] = "demo" });
        read.CreatedAt.ToUnixTimeSeconds().Should().Be(Time.GetUtcNow().ToUnixTimeSeconds());
        read.Version.Should().Be(0);

        ConversationSnapshot? snapshot = await store.ReadConversationAsync("tenant-a", conversation.Id);
        snapshot!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_a1", "msg_a2");
        snapshot.Items.Select(i => Json(i.Item)).Should().Equal(items.Select(i => Json(i.Item)));
    }

    [SkippableFact]
    public async Task Another_owner_sees_and_changes_nothing()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, Items("a", 2));

        (await store.GetConversationAsync("tenant-b", conversation.Id)).Should().BeNull();
        (await store.ReadConversationAsync("tenant-b", conversation.Id)).Should().BeNull();
        (await store.ListConversationItemsAsync("tenant-b", conversation.Id, new InputItemsQuery())).Should().BeNull();
        (await store.GetConversationItemAsync("tenant-b", conversation.Id, "msg_a0")).Should().BeNull();
        (await store.UpdateConversationMetadataAsync("tenant-b", conversation.Id, new Dictionary<string, string> { ["x"] = "y" })).Should().BeNull();
        (await store.AddConversationItemsAsync("tenant-b", conversation.Id, Items("b", 1))).Should().Be(ConversationAppendResult.NotFound);
        (await store.DeleteConversationItemAsync("tenant-b", conversation.Id, "msg_a0")).Should().BeFalse();
        (await store.DeleteConversationAsync("tenant-b", conversation.Id)).Should().BeFalse();

        ConversationSnapshot? own = await store.ReadConversationAsync("tenant-a", conversation.Id);
        own!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_a1");
        own.Conversation.Metadata.Should().BeNullOrEmpty();
    }

    [SkippableFact]
    public async Task Metadata_is_replaced()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation(metadata: new() { ["a"] = "1" });
        await store.CreateConversationAsync(conversation, []);

        StoredConversation? updated = await store.UpdateConversationMetadataAsync("tenant-a", conversation.Id, new Dictionary<string, string> { ["b"] = "2" });

        updated!.Metadata.Should().Equal(new Dictionary<string, string> { ["b"] = "2" });
        (await store.GetConversationAsync("tenant-a", conversation.Id))!.Metadata.Should().Equal(new Dictionary<string, string> { ["b"] = "2" });
        (await store.UpdateConversationMetadataAsync("tenant-a", "conv_missing", null)).Should().BeNull();
    }

    [SkippableFact]
    public async Task Items_are_listed_in_pages_in_both_orders()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, Items("a", 3));
        await store.AddConversationItemsAsync("tenant-a", conversation.Id, Items("b", 2));

        InputItemsPage? first = await store.ListConversationItemsAsync("tenant-a", conversation.Id, new InputItemsQuery { Limit = 2, Descending = false });
        first!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_a1");
        first.HasMore.Should().BeTrue();
        InputItemsPage? rest = await store.ListConversationItemsAsync("tenant-a", conversation.Id, new InputItemsQuery { Limit = 10, Descending = false, After = "msg_a1" });
        rest!.Items.Select(i => i.Id).Should().Equal("msg_a2", "msg_b0", "msg_b1");
        rest.HasMore.Should().BeFalse();

        InputItemsPage? newest = await store.ListConversationItemsAsync("tenant-a", conversation.Id, new InputItemsQuery { Limit = 2 });
        newest!.Items.Select(i => i.Id).Should().Equal("msg_b1", "msg_b0");
        newest.HasMore.Should().BeTrue();
        InputItemsPage? older = await store.ListConversationItemsAsync("tenant-a", conversation.Id, new InputItemsQuery { Limit = 2, After = "msg_b0" });
        older!.Items.Select(i => i.Id).Should().Equal("msg_a2", "msg_a1");

        (await store.ListConversationItemsAsync("tenant-a", conversation.Id, new InputItemsQuery { After = "msg_unknown" }))!.Items.Should().BeEmpty();
        (await store.ListConversationItemsAsync("tenant-a", "conv_missing", new InputItemsQuery())).Should().BeNull();
    }

    [SkippableFact]
    public async Task Items_are_read_and_deleted_one_by_one_and_every_change_bumps_the_version()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, Items("a", 3));

        StoredInputItem? item = await store.GetConversationItemAsync("tenant-a", conversation.Id, "msg_a1");
        item!.Item.Should().BeOfType<MessageItem>().Which.Content!.Text.Should().Be("a 1 ünïcode");
        (await store.GetConversationItemAsync("tenant-a", conversation.Id, "msg_zz")).Should().BeNull();

        (await store.DeleteConversationItemAsync("tenant-a", conversation.Id, "msg_a1")).Should().BeTrue();
        (await store.DeleteConversationItemAsync("tenant-a", conversation.Id, "msg_a1")).Should().BeFalse();
        (await store.GetConversationItemAsync("tenant-a", conversation.Id, "msg_a1")).Should().BeNull();
        ConversationSnapshot? afterDelete = await store.ReadConversationAsync("tenant-a", conversation.Id);
        afterDelete!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_a2");
        afterDelete.Conversation.Version.Should().Be(1);

        (await store.AddConversationItemsAsync("tenant-a", conversation.Id, Items("b", 1))).Should().Be(ConversationAppendResult.Added);
        ConversationSnapshot? afterAdd = await store.ReadConversationAsync("tenant-a", conversation.Id);
        afterAdd!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_a2", "msg_b0");
        afterAdd.Conversation.Version.Should().Be(2);
    }

    [SkippableFact]
    public async Task An_append_expecting_an_old_version_writes_nothing()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, Items("a", 1));
        long version = (await store.ReadConversationAsync("tenant-a", conversation.Id))!.Conversation.Version;

        (await store.AddConversationItemsAsync("tenant-a", conversation.Id, Items("b", 2), version)).Should().Be(ConversationAppendResult.Added);
        (await store.AddConversationItemsAsync("tenant-a", conversation.Id, Items("c", 2), version)).Should().Be(ConversationAppendResult.VersionConflict);
        (await store.AddConversationItemsAsync("tenant-a", "conv_missing", Items("d", 1), 0)).Should().Be(ConversationAppendResult.NotFound);

        ConversationSnapshot? snapshot = await store.ReadConversationAsync("tenant-a", conversation.Id);
        snapshot!.Items.Select(i => i.Id).Should().Equal("msg_a0", "msg_b0", "msg_b1");
        snapshot.Conversation.Version.Should().Be(version + 1);
    }

    [SkippableFact]
    public async Task Concurrent_version_checked_appends_let_exactly_one_win()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, []);

        ConversationAppendResult[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.AddConversationItemsAsync("tenant-a", conversation.Id, Items($"w{i}_", 2), 0))));

        results.Count(r => r == ConversationAppendResult.Added).Should().Be(1);
        results.Count(r => r == ConversationAppendResult.VersionConflict).Should().Be(7);
        (await store.ReadConversationAsync("tenant-a", conversation.Id))!.Items.Should().HaveCount(2);
    }

    [SkippableFact]
    public async Task Deleting_a_conversation_removes_its_items()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        await store.CreateConversationAsync(conversation, Items("a", 2));

        (await store.DeleteConversationAsync("tenant-a", conversation.Id)).Should().BeTrue();

        (await store.GetConversationAsync("tenant-a", conversation.Id)).Should().BeNull();
        (await store.GetConversationItemAsync("tenant-a", conversation.Id, "msg_a0")).Should().BeNull();
        (await store.AddConversationItemsAsync("tenant-a", conversation.Id, Items("b", 1))).Should().Be(ConversationAppendResult.NotFound);
        (await store.DeleteConversationAsync("tenant-a", conversation.Id)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task Stored_items_do_not_change_when_the_given_objects_do()
    {
        IConversationStore store = NewConversationStore();
        StoredConversation conversation = NewConversation();
        List<StoredInputItem> items = Items("a", 1);
        await store.CreateConversationAsync(conversation, items);
        ((MessageItem)items[0].Item).Content = new MessageContent("changed");

        StoredInputItem? read = await store.GetConversationItemAsync("tenant-a", conversation.Id, "msg_a0");
        ((MessageItem)read!.Item).Content!.Text.Should().Be("a 0 ünïcode");
    }
}
