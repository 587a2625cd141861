namespace Responses;

/// <summary>
/// An <see cref="IResponseStore"/> and <see cref="IConversationStore"/> in process memory: the library default, for one process and tests.
/// Records are kept serialized, so later changes to the objects given or returned never reach the store.
/// </summary>
public sealed partial class InMemoryResponseStore : IResponseStore, IConversationStore
{
    private readonly Dictionary<(string Owner, string Id), Entry> _entries = [];
    private readonly Lock _lock = new();
    private readonly ResponseStoreOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Initializes an empty store.</summary>
    /// <param name="options">Retention options, or <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock (for expiry), or <see langword="null"/> for the system clock.</param>
    public InMemoryResponseStore(ResponseStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ResponseStoreOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The number of responses held (expired ones included until purged).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(StoredResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var entry = new Entry
        {
            Id = response.Id,
            Owner = response.Owner,
            ResponseJson = ResponsesJson.Serialize(response.Response),
            OutputItems = OutputItemsOf(response.Response),
            RequestJson = response.Request is null ? null : ResponsesJson.Serialize(response.Request),
            Items = response.InputItems.Select(i => (i.Id, ResponsesJson.Serialize(i.Item))).ToList(),
            PreviousResponseId = response.PreviousResponseId,
            CreatedAt = response.CreatedAt,
            ExpiresAt = response.ExpiresAt,
        };
        lock (_lock)
        {
            if (_entries.TryGetValue((entry.Owner, entry.Id), out Entry? existing))
            {
                entry.Events.AddRange(existing.Events);
            }

            _entries[(entry.Owner, entry.Id)] = entry;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> UpdateResponseAsync(string owner, Response response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        string json = ResponsesJson.Serialize(response);
        Dictionary<string, string> outputItems = OutputItemsOf(response);
        lock (_lock)
        {
            if (Find(owner, response.Id!) is not { } entry)
            {
                return Task.FromResult(false);
            }

            entry.ResponseJson = json;
            entry.OutputItems = outputItems;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<StoredResponse?> GetAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        Entry? entry;
        string responseJson;
        List<(string Id, string Json)> items;
        lock (_lock)
        {
            entry = Find(owner, responseId);
            if (entry is null)
            {
                return Task.FromResult<StoredResponse?>(null);
            }

            responseJson = entry.ResponseJson;
            items = [.. entry.Items];
        }

        return Task.FromResult<StoredResponse?>(new StoredResponse
        {
            Id = entry.Id,
            Owner = entry.Owner,
            Response = ResponsesJson.Deserialize<Response>(responseJson)!,
            InputItems = items.Select(i => new StoredInputItem(i.Id, ResponsesJson.Deserialize<ResponseItem>(i.Json)!)).ToList(),
            Request = entry.RequestJson is null ? null : ResponsesJson.Deserialize<CreateResponseRequest>(entry.RequestJson),
            PreviousResponseId = entry.PreviousResponseId,
            CreatedAt = entry.CreatedAt,
            ExpiresAt = entry.ExpiresAt,
        });
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Find(owner, responseId) is not null && _entries.Remove((owner, responseId)));
        }
    }

    /// <inheritdoc />
    public Task<InputItemsPage?> ListInputItemsAsync(string owner, string responseId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<(string Id, string Json)> items;
        lock (_lock)
        {
            if (Find(owner, responseId) is not { } entry)
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

        List<StoredInputItem> page = items.Skip(start).Take(query.Limit)
            .Select(i => new StoredInputItem(i.Id, ResponsesJson.Deserialize<ResponseItem>(i.Json)!)).ToList();
        return Task.FromResult<InputItemsPage?>(new InputItemsPage(page, start + page.Count < items.Count));
    }

    /// <inheritdoc />
    public Task<ResponseItem?> FindItemAsync(string owner, string itemId, CancellationToken cancellationToken = default)
    {
        string? json = null;
        lock (_lock)
        {
            DateTimeOffset now = _time.GetUtcNow();
            foreach (Entry entry in _entries.Values)
            {
                if (entry.Owner != owner || entry.ExpiresAt <= now)
                {
                    continue;
                }

                json = entry.Items.Find(i => i.Id == itemId).Json ?? entry.OutputItems.GetValueOrDefault(itemId);
                if (json is not null)
                {
                    break;
                }
            }
        }

        return Task.FromResult(json is null ? null : ResponsesJson.Deserialize<ResponseItem>(json));
    }

    /// <inheritdoc />
    public Task AppendEventsAsync(string owner, string responseId, IReadOnlyList<ResponseStreamEvent> events, Response? response = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var serialized = events.Select(e => (e.SequenceNumber, ResponsesJson.Serialize(e))).ToList();
        string? responseJson = response is null ? null : ResponsesJson.Serialize(response);
        Dictionary<string, string>? outputItems = response is null ? null : OutputItemsOf(response);
        lock (_lock)
        {
            if (Find(owner, responseId) is { } entry)
            {
                if (responseJson is not null)
                {
                    entry.ResponseJson = responseJson;
                    entry.OutputItems = outputItems!;
                }

                foreach ((int sequence, string json) in serialized)
                {
                    if (entry.Events.Count == 0 || sequence > entry.Events[^1].Sequence)
                    {
                        entry.Events.Add((sequence, json));
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ResponseStreamEvent>> ReadEventsAsync(string owner, string responseId, int startingAfter, CancellationToken cancellationToken = default)
    {
        List<string> json;
        lock (_lock)
        {
            if (Find(owner, responseId) is not { } entry)
            {
                return Task.FromResult<IReadOnlyList<ResponseStreamEvent>>([]);
            }

            json = entry.Events.Where(e => e.Sequence > startingAfter).Select(e => e.Json).ToList();
        }

        return Task.FromResult<IReadOnlyList<ResponseStreamEvent>>(json.Select(j => ResponsesJson.Deserialize<ResponseStreamEvent>(j)!).ToList());
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var doomed = _entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList();
            int overflow = _entries.Count - doomed.Count - (_options.MaxResponses ?? int.MaxValue);
            if (overflow > 0)
            {
                doomed.AddRange(_entries.Where(e => !(e.Value.ExpiresAt <= now))
                    .OrderBy(e => e.Value.CreatedAt).Take(overflow).Select(e => e.Key));
            }

            foreach ((string Owner, string Id) key in doomed)
            {
                _entries.Remove(key);
            }

            return Task.FromResult(doomed.Count);
        }
    }

    private static Dictionary<string, string> OutputItemsOf(Response response)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ResponseItem item in response.Output)
        {
            if (item.Id is { } id)
            {
                items[id] = ResponsesJson.Serialize(item);
            }
        }

        return items;
    }

    private Entry? Find(string owner, string responseId) =>
        _entries.TryGetValue((owner, responseId), out Entry? entry) && !(entry.ExpiresAt <= _time.GetUtcNow()) ? entry : null;

    private sealed class Entry
    {
        public required string Id { get; init; }

        public required string Owner { get; init; }

        public required string ResponseJson { get; set; }

        public required Dictionary<string, string> OutputItems { get; set; }

        public string? RequestJson { get; init; }

        public required List<(string Id, string Json)> Items { get; init; }

        public string? PreviousResponseId { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset? ExpiresAt { get; init; }

        public List<(int Sequence, string Json)> Events { get; } = [];
    }
}
