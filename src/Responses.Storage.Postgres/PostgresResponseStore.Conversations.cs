using System.Data;
using Npgsql;
using NpgsqlTypes;

namespace Responses.Storage.Postgres;

public sealed partial class PostgresResponseStore
{
    private string Conversations => $"{Quote(_options.Schema)}.conversations";

    private string ConversationItems => $"{Quote(_options.Schema)}.conversation_items";

    private string ConversationSchema => $"""
        CREATE TABLE IF NOT EXISTS {Conversations} (
            id text PRIMARY KEY,
            owner text NOT NULL,
            metadata_json jsonb,
            created_at timestamptz NOT NULL,
            version bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS {ConversationItems} (
            conversation_id text NOT NULL REFERENCES {Conversations} (id) ON DELETE CASCADE,
            position bigint NOT NULL,
            item_id text NOT NULL,
            item_json jsonb NOT NULL,
            PRIMARY KEY (conversation_id, position)
        );
        CREATE INDEX IF NOT EXISTS ix_conversation_items_item_id ON {ConversationItems} (conversation_id, item_id);
        """;

    /// <inheritdoc />
    public async Task CreateConversationAsync(StoredConversation conversation, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(items);
        await WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand insert = Command(connection, transaction, $"INSERT INTO {Conversations} (id, owner, metadata_json, created_at, version) VALUES (@id, @owner, @metadata, @created, 0)");
            insert.Parameters.AddWithValue("id", conversation.Id);
            insert.Parameters.AddWithValue("owner", conversation.Owner);
            insert.Parameters.AddWithValue("metadata", NpgsqlDbType.Jsonb, (object?)MetadataJson(conversation.Metadata) ?? DBNull.Value);
            insert.Parameters.AddWithValue("created", conversation.CreatedAt.ToUniversalTime());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await InsertConversationItemsAsync(connection, transaction, conversation.Id, 0, items, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredConversation?> GetConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadConversationRowAsync(connection, null, owner, conversationId, forUpdate: false, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ConversationSnapshot?> ReadConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Repeatable read: the version and the items come from the same snapshot.
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, forUpdate: false, cancellationToken).ConfigureAwait(false) is not { } conversation)
        {
            return null;
        }

        await using NpgsqlCommand select = Command(connection, transaction, $"SELECT item_id, item_json::text FROM {ConversationItems} WHERE conversation_id = @id ORDER BY position");
        select.Parameters.AddWithValue("id", conversationId);
        List<StoredInputItem> items = await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ConversationSnapshot(conversation, items);
    }

    /// <inheritdoc />
    public async Task<StoredConversation?> UpdateConversationMetadataAsync(string owner, string conversationId, IDictionary<string, string>? metadata, CancellationToken cancellationToken = default)
    {
        return await WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand update = Command(connection, transaction, $"UPDATE {Conversations} SET metadata_json = @metadata WHERE id = @id AND owner = @owner");
            update.Parameters.AddWithValue("metadata", NpgsqlDbType.Jsonb, (object?)MetadataJson(metadata) ?? DBNull.Value);
            update.Parameters.AddWithValue("id", conversationId);
            update.Parameters.AddWithValue("owner", owner);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0
                ? null
                : await ReadConversationRowAsync(connection, transaction, owner, conversationId, forUpdate: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand delete = _dataSource.CreateCommand($"DELETE FROM {Conversations} WHERE id = @id AND owner = @owner");
        delete.Parameters.AddWithValue("id", conversationId);
        delete.Parameters.AddWithValue("owner", owner);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<InputItemsPage?> ListConversationItemsAsync(string owner, string conversationId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, forUpdate: false, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        long? afterPosition = null;
        if (query.After is { } after)
        {
            await using NpgsqlCommand find = Command(connection, transaction, $"SELECT min(position) FROM {ConversationItems} WHERE conversation_id = @id AND item_id = @after");
            find.Parameters.AddWithValue("id", conversationId);
            find.Parameters.AddWithValue("after", after);
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long position)
            {
                return new InputItemsPage([], false);
            }

            afterPosition = position;
        }

        string comparison = query.Descending ? "<" : ">";
        string order = query.Descending ? "DESC" : "ASC";
        await using NpgsqlCommand select = Command(connection, transaction,
            $"SELECT item_id, item_json::text FROM {ConversationItems} WHERE conversation_id = @id AND (@after::bigint IS NULL OR position {comparison} @after) ORDER BY position {order} LIMIT @limit");
        select.Parameters.AddWithValue("id", conversationId);
        select.Parameters.AddWithValue("after", NpgsqlDbType.Bigint, (object?)afterPosition ?? DBNull.Value);
        select.Parameters.AddWithValue("limit", query.Limit + 1);
        List<StoredInputItem> items = await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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
            // FOR UPDATE locks the row: appenders of every process queue here, so the version check and the insert are one step.
            if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, forUpdate: true, cancellationToken).ConfigureAwait(false) is not { } conversation)
            {
                return ConversationAppendResult.NotFound;
            }

            if (expectedVersion is { } expected && expected != conversation.Version)
            {
                return ConversationAppendResult.VersionConflict;
            }

            await using NpgsqlCommand next = Command(connection, transaction, $"SELECT coalesce(max(position), -1) + 1 FROM {ConversationItems} WHERE conversation_id = @id");
            next.Parameters.AddWithValue("id", conversationId);
            long start = (long)(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await InsertConversationItemsAsync(connection, transaction, conversationId, start, items, cancellationToken).ConfigureAwait(false);
            await BumpVersionAsync(connection, transaction, conversationId, cancellationToken).ConfigureAwait(false);
            return ConversationAppendResult.Added;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredInputItem?> GetConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand select = _dataSource.CreateCommand($"""
            SELECT i.item_id, i.item_json::text FROM {ConversationItems} i JOIN {Conversations} c ON c.id = i.conversation_id
            WHERE c.id = @id AND c.owner = @owner AND i.item_id = @item ORDER BY i.position LIMIT 1
            """);
        select.Parameters.AddWithValue("id", conversationId);
        select.Parameters.AddWithValue("owner", owner);
        select.Parameters.AddWithValue("item", itemId);
        List<StoredInputItem> items = await ReadItemsAsync(select, cancellationToken).ConfigureAwait(false);
        return items.Count > 0 ? items[0] : null;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        return await WriteAsync(async (connection, transaction) =>
        {
            if (await ReadConversationRowAsync(connection, transaction, owner, conversationId, forUpdate: true, cancellationToken).ConfigureAwait(false) is null)
            {
                return false;
            }

            await using NpgsqlCommand delete = Command(connection, transaction, $"DELETE FROM {ConversationItems} WHERE conversation_id = @id AND item_id = @item");
            delete.Parameters.AddWithValue("id", conversationId);
            delete.Parameters.AddWithValue("item", itemId);
            if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await BumpVersionAsync(connection, transaction, conversationId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string? MetadataJson(IDictionary<string, string>? metadata) =>
        metadata is null ? null : ResponsesJson.Serialize(new Dictionary<string, string>(metadata, StringComparer.Ordinal));

    private async Task<StoredConversation?> ReadConversationRowAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string owner, string conversationId, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            $"SELECT metadata_json::text, created_at, version FROM {Conversations} WHERE id = @id AND owner = @owner{(forUpdate ? " FOR UPDATE" : string.Empty)}", connection, transaction);
        select.Parameters.AddWithValue("id", conversationId);
        select.Parameters.AddWithValue("owner", owner);
        await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredConversation
        {
            Id = conversationId,
            Owner = owner,
            Metadata = reader.IsDBNull(0) ? null : ResponsesJson.Deserialize<Dictionary<string, string>>(reader.GetString(0)),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(1),
            Version = reader.GetInt64(2),
        };
    }

    private async Task BumpVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand bump = Command(connection, transaction, $"UPDATE {Conversations} SET version = version + 1 WHERE id = @id");
        bump.Parameters.AddWithValue("id", conversationId);
        await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertConversationItemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationId, long start, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        // One statement for all items: arrays unnested server-side.
        await using NpgsqlCommand insert = Command(connection, transaction, $"""
            INSERT INTO {ConversationItems} (conversation_id, position, item_id, item_json)
            SELECT @id, @start + t.position - 1, t.item_id, t.item_json::jsonb
            FROM unnest(@item_ids, @item_jsons) WITH ORDINALITY AS t(item_id, item_json, position)
            """);
        insert.Parameters.AddWithValue("id", conversationId);
        insert.Parameters.AddWithValue("start", start);
        insert.Parameters.AddWithValue("item_ids", items.Select(i => i.Id).ToArray());
        insert.Parameters.AddWithValue("item_jsons", items.Select(i => ResponsesJson.Serialize(i.Item)).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<StoredInputItem>> ReadItemsAsync(NpgsqlCommand select, CancellationToken cancellationToken)
    {
        var items = new List<StoredInputItem>();
        await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new StoredInputItem(reader.GetString(0), ResponsesJson.Deserialize<ResponseItem>(reader.GetString(1))!));
        }

        return items;
    }
}
