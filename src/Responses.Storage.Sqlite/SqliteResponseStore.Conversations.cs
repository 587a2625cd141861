using Microsoft.Data.Sqlite;

namespace Responses.Storage.Sqlite;

public sealed partial class SqliteResponseStore
{
    private const string ConversationSchema = """

        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL,
            metadata_json TEXT,
            created_at INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS conversation_items (
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            item_json TEXT NOT NULL,
            PRIMARY KEY (conversation_id, position)
        );
        CREATE INDEX IF NOT EXISTS ix_conversation_items_item_id ON conversation_items (conversation_id, item_id);
        """;

    /// <inheritdoc />
    public async Task CreateConversationAsync(StoredConversation conversation, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(items);
        string? metadata = conversation.Metadata is null ? null : ResponsesJson.Serialize(new Dictionary<string, string>(conversation.Metadata, StringComparer.Ordinal));
        await WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO conversations (id, owner, metadata_json, created_at, version) VALUES ($id, $owner, $metadata, $created, 0)", cancellationToken,
                ("$id", conversation.Id), ("$owner", conversation.Owner), ("$metadata", metadata), ("$created", conversation.CreatedAt.ToUnixTimeMilliseconds())).ConfigureAwait(false);
            await InsertConversationItemsAsync(connection, transaction, conversation.Id, 0, items, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredConversation?> GetConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadConversationRowAsync(connection, null, owner, conversationId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ConversationSnapshot?> ReadConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: the version and the items come from the same snapshot.
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, cancellationToken).ConfigureAwait(false) is not { } conversation)
        {
            return null;
        }

        using SqliteCommand select = Command(connection, transaction, "SELECT item_id, item_json FROM conversation_items WHERE conversation_id = $id ORDER BY position", ("$id", conversationId));
        return new ConversationSnapshot(conversation, await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<StoredConversation?> UpdateConversationMetadataAsync(string owner, string conversationId, IDictionary<string, string>? metadata, CancellationToken cancellationToken = default)
    {
        string? json = metadata is null ? null : ResponsesJson.Serialize(new Dictionary<string, string>(metadata, StringComparer.Ordinal));
        return await WriteAsync(async (connection, transaction) =>
        {
            int changed = await ExecuteAsync(connection, transaction, "UPDATE conversations SET metadata_json = $metadata WHERE id = $id AND owner = $owner", cancellationToken,
                ("$metadata", json), ("$id", conversationId), ("$owner", owner)).ConfigureAwait(false);
            return changed == 0 ? null : await ReadConversationRowAsync(connection, transaction, owner, conversationId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        int changed = await WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction,
            "DELETE FROM conversations WHERE id = $id AND owner = $owner", cancellationToken, ("$id", conversationId), ("$owner", owner)), cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task<InputItemsPage?> ListConversationItemsAsync(string owner, string conversationId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        long? afterPosition = null;
        if (query.After is { } after)
        {
            using SqliteCommand find = Command(connection, transaction, "SELECT MIN(position) FROM conversation_items WHERE conversation_id = $id AND item_id = $after", ("$id", conversationId), ("$after", after));
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long position)
            {
                return new InputItemsPage([], false);
            }

            afterPosition = position;
        }

        string comparison = query.Descending ? "<" : ">";
        string order = query.Descending ? "DESC" : "ASC";
        using SqliteCommand select = Command(connection, transaction,
            $"SELECT item_id, item_json FROM conversation_items WHERE conversation_id = $id AND ($after IS NULL OR position {comparison} $after) ORDER BY position {order} LIMIT $limit",
            ("$id", conversationId), ("$after", afterPosition), ("$limit", query.Limit + 1));
        List<StoredInputItem> items = await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false);
        bool hasMore = items.Count > query.Limit;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new InputItemsPage(items, hasMore);
    }

    /// <inheritdoc />
    public async Task<ConversationAppendResult> AddConversationItemsAsync(string owner, string conversationId, IReadOnlyList<StoredInputItem> items, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return await WriteAsync(async (connection, transaction) =>
        {
            // Inside BEGIN IMMEDIATE: no other writer (of any process) can change the version between this check and the insert.
            if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, cancellationToken).ConfigureAwait(false) is not { } conversation)
            {
                return ConversationAppendResult.NotFound;
            }

            if (expectedVersion is { } expected && expected != conversation.Version)
            {
                return ConversationAppendResult.VersionConflict;
            }

            using SqliteCommand next = Command(connection, transaction, "SELECT COALESCE(MAX(position), -1) + 1 FROM conversation_items WHERE conversation_id = $id", ("$id", conversationId));
            long start = (long)(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await InsertConversationItemsAsync(connection, transaction, conversationId, start, items, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "UPDATE conversations SET version = version + 1 WHERE id = $id", cancellationToken, ("$id", conversationId)).ConfigureAwait(false);
            return ConversationAppendResult.Added;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredInputItem?> GetConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand select = Command(connection, null, """
            SELECT i.item_id, i.item_json FROM conversation_items i JOIN conversations c ON c.id = i.conversation_id
            WHERE c.id = $id AND c.owner = $owner AND i.item_id = $item ORDER BY i.position LIMIT 1
            """, ("$id", conversationId), ("$owner", owner), ("$item", itemId));
        List<StoredInputItem> items = await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false);
        return items.Count > 0 ? items[0] : null;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        int changed = await WriteAsync(async (connection, transaction) =>
        {
            int deleted = await ExecuteAsync(connection, transaction, """
                DELETE FROM conversation_items WHERE conversation_id = $id AND item_id = $item
                AND EXISTS (SELECT 1 FROM conversations WHERE id = $id AND owner = $owner)
                """, cancellationToken, ("$id", conversationId), ("$item", itemId), ("$owner", owner)).ConfigureAwait(false);
            if (deleted > 0)
            {
                await ExecuteAsync(connection, transaction, "UPDATE conversations SET version = version + 1 WHERE id = $id", cancellationToken, ("$id", conversationId)).ConfigureAwait(false);
            }

            return deleted;
        }, cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    private static async Task<StoredConversation?> ReadConversationRowAsync(SqliteConnection connection, SqliteTransaction? transaction, string owner, string conversationId, CancellationToken cancellationToken)
    {
        using SqliteCommand select = Command(connection, transaction, "SELECT metadata_json, created_at, version FROM conversations WHERE id = $id AND owner = $owner", ("$id", conversationId), ("$owner", owner));
        await using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredConversation
        {
            Id = conversationId,
            Owner = owner,
            Metadata = reader.IsDBNull(0) ? null : ResponsesJson.Deserialize<Dictionary<string, string>>(reader.GetString(0)),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            Version = reader.GetInt64(2),
        };
    }

    private static async Task InsertConversationItemsAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId, long start, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken)
    {
        using SqliteCommand insert = Command(connection, transaction, "INSERT INTO conversation_items (conversation_id, position, item_id, item_json) VALUES ($id, $position, $item_id, $json)",
            ("$id", conversationId), ("$position", 0L), ("$item_id", string.Empty), ("$json", string.Empty));
        for (int i = 0; i < items.Count; i++)
        {
            insert.Parameters["$position"].Value = start + i;
            insert.Parameters["$item_id"].Value = items[i].Id;
            insert.Parameters["$json"].Value = ResponsesJson.Serialize(items[i].Item);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<StoredInputItem>> ReadItemsAsync(SqliteCommand select, CancellationToken cancellationToken)
    {
        var items = new List<StoredInputItem>();
        await using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new StoredInputItem(reader.GetString(0), ResponsesJson.Deserialize<ResponseItem>(reader.GetString(1))!));
        }

        return items;
    }
}
