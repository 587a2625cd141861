namespace Responses;

public sealed partial class InMemoryResponseStore
{
    private readonly Dictionary<(string Owner, string Id), ConversationEntry> _conversations = [];

    /// <inheritdoc />
    public Task CreateConversationAsync(StoredConversation conversation, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(items);
        var entry = new ConversationEntry
        {
            Id = conversation.Id,
            Owner = conversation.Owner,
            CreatedAt = conversation.CreatedAt,
            Metadata = CopyOf(conversation.Metadata),
            Items = Serialize(items),
        };
        lock (_lock)
        {
            if (_conversations.Keys.Any(k => k.Id == conversation.Id))
            {
                throw new InvalidOperationException($"Conversation id '{conversation.Id}' already exists.");
            }

            _conversations[(entry.Owner, entry.Id)] = entry;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredConversation?> GetConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_conversations.GetValueOrDefault((owner, conversationId))?.ToStored());
        }
    }

    /// <inheritdoc />
    public Task<ConversationSnapshot?> ReadConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        StoredConversation conversation;
        List<(string Id, string Json)> items;
        lock (_lock)
        {
            if (_conversations.GetValueOrDefault((owner, conversationId)) is not { } entry)
            {
                return Task.FromResult<ConversationSnapshot?>(null);
            }

            conversation = entry.ToStored();
            items = [.. entry.Items];
        }

        return Task.FromResult<ConversationSnapshot?>(new ConversationSnapshot(conversation, items.Select(Deserialize).ToList()));
    }

    /// <inheritdoc />
    public Task<StoredConversation?> UpdateConversationMetadataAsync(string owner, string conversationId, IDictionary<string, string>? metadata, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_conversations.GetValueOrDefault((owner, conversationId)) is not { } entry)
            {
                return Task.FromResult<StoredConversation?>(null);
            }

            entry.Metadata = CopyOf(metadata);
            return Task.FromResult<StoredConversation?>(entry.ToStored());
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_conversations.Remove((owner, conversationId)));
        }
    }

    /// <inheritdoc />
    public Task<InputItemsPage?> ListConversationItemsAsync(string owner, string conversationId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<(string Id, string Json)> items;
        lock (_lock)
        {
            if (_conversations.GetValueOrDefault((owner, conversationId)) is not { } entry)
            {
                return Task.FromResult<InputItemsPage?>(null);
            }

            items = [.. entry.Items];
        }

        if (query.Descending)
        {
            items.Reverse();
        }

        int start = 0;
        if (query.After is { } after)
        {
            int index = items.FindIndex(i => i.Id == after);
            start = index < 0 ? items.Count : index + 1;
        }

        List<StoredInputItem> page = items.Skip(start).Take(query.Limit).Select(Deserialize).ToList();
        return Task.FromResult<InputItemsPage?>(new InputItemsPage(page, start + page.Count < items.Count));
    }

    /// <inheritdoc />
    public Task<ConversationAppendResult> AddConversationItemsAsync(string owner, string conversationId, IReadOnlyList<StoredInputItem> items, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        List<(string Id, string Json)> serialized = Serialize(items);
        lock (_lock)
        {
            if (_conversations.GetValueOrDefault((owner, conversationId)) is not { } entry)
            {
                return Task.FromResult(ConversationAppendResult.NotFound);
            }

            if (expectedVersion is { } expected && expected != entry.Version)
            {
                return Task.FromResult(ConversationAppendResult.VersionConflict);
            }

            entry.Items.AddRange(serialized);
            entry.Version++;
            return Task.FromResult(ConversationAppendResult.Added);
        }
    }

    /// <inheritdoc />
    public Task<StoredInputItem?> GetConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        (string Id, string Json) found;
        lock (_lock)
        {
            found = _conversations.GetValueOrDefault((owner, conversationId))?.Items.Find(i => i.Id == itemId) ?? default;
        }

        return Task.FromResult(found.Json is null ? null : Deserialize(found));
    }

    /// <inheritdoc />
    public Task<bool> DeleteConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_conversations.GetValueOrDefault((owner, conversationId)) is not { } entry || entry.Items.FindIndex(i => i.Id == itemId) is var index && index < 0)
            {
                return Task.FromResult(false);
            }

            entry.Items.RemoveAt(index);
            entry.Version++;
            return Task.FromResult(true);
        }
    }

    private static Dictionary<string, string>? CopyOf(IDictionary<string, string>? metadata) =>
        metadata is null ? null : new Dictionary<string, string>(metadata, StringComparer.Ordinal);

    private static List<(string Id, string Json)> Serialize(IReadOnlyList<StoredInputItem> items) =>
        items.Select(i => (i.Id, ResponsesJson.Serialize(i.Item))).ToList();

    private static StoredInputItem Deserialize((string Id, string Json) item) =>
        new(item.Id, ResponsesJson.Deserialize<ResponseItem>(item.Json)!);

    private sealed class ConversationEntry
    {
        public required string Id { get; init; }

        public required string Owner { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public Dictionary<string, string>? Metadata { get; set; }

        public required List<(string Id, string Json)> Items { get; init; }

        public long Version { get; set; }

        public StoredConversation ToStored() => new()
        {
            Id = Id,
            Owner = Owner,
            CreatedAt = CreatedAt,
            Metadata = CopyOf(Metadata),
            Version = Version,
        };
    }
}
