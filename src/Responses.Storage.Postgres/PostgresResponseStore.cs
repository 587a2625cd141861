using Npgsql;
using NpgsqlTypes;

namespace Responses.Storage.Postgres;

/// <summary>
/// An <see cref="IResponseStore"/> (and <see cref="IConversationStore"/>, in the same schema) in PostgreSQL: JSON in <c>jsonb</c> columns, every write in one
/// transaction, cascading deletes. Many processes may share the database. Tables are created on first use
/// (see docs/state.md for the schema).
/// </summary>
public sealed partial class PostgresResponseStore : IResponseStore, IConversationStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresResponseStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly string _responses;
    private readonly string _items;
    private readonly string _events;
    private readonly string _outputs;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Initializes the store; the schema and tables are created on first use.</summary>
    /// <param name="options">The options (<see cref="PostgresResponseStoreOptions.ConnectionString"/> is required).</param>
    /// <param name="timeProvider">The clock (for expiry), or <see langword="null"/> for the system clock.</param>
    public PostgresResponseStore(PostgresResponseStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Schema);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        string schema = Quote(options.Schema);
        _responses = $"{schema}.responses";
        _items = $"{schema}.response_input_items";
        _events = $"{schema}.response_events";
        _outputs = $"{schema}.response_output_items";
    }

    /// <inheritdoc />
    public async Task SaveAsync(StoredResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        string responseJson = ResponsesJson.Serialize(response.Response);
        string? requestJson = response.Request is null ? null : ResponsesJson.Serialize(response.Request);
        var items = response.InputItems.Select(i => (i.Id, Json: ResponsesJson.Serialize(i.Item))).ToList();
        await WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand upsert = Command(connection, transaction, $"""
                INSERT INTO {_responses} (id, owner, previous_response_id, response_json, request_json, created_at, expires_at)
                VALUES (@id, @owner, @previous, @response, @request, @created, @expires)
                ON CONFLICT (id) DO UPDATE SET previous_response_id = excluded.previous_response_id,
                    response_json = excluded.response_json, request_json = excluded.request_json,
                    created_at = excluded.created_at, expires_at = excluded.expires_at
                WHERE {_responses}.owner = excluded.owner
                """);
            upsert.Parameters.AddWithValue("id", response.Id);
            upsert.Parameters.AddWithValue("owner", response.Owner);
            upsert.Parameters.AddWithValue("previous", (object?)response.PreviousResponseId ?? DBNull.Value);
            upsert.Parameters.AddWithValue("response", NpgsqlDbType.Jsonb, responseJson);
            upsert.Parameters.AddWithValue("request", NpgsqlDbType.Jsonb, (object?)requestJson ?? DBNull.Value);
            upsert.Parameters.AddWithValue("created", response.CreatedAt.ToUniversalTime());
            upsert.Parameters.AddWithValue("expires", NpgsqlDbType.TimestampTz, (object?)response.ExpiresAt?.ToUniversalTime() ?? DBNull.Value);
            if (await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new InvalidOperationException($"Response id '{response.Id}' belongs to another owner.");
            }

            await using NpgsqlCommand clear = Command(connection, transaction, $"DELETE FROM {_items} WHERE response_id = @id");
            clear.Parameters.AddWithValue("id", response.Id);
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            if (items.Count > 0)
            {
                // One statement for all items: arrays unnested server-side.
                await using NpgsqlCommand insert = Command(connection, transaction, $"""
                    INSERT INTO {_items} (response_id, position, item_id, item_json)
                    SELECT @id, t.position - 1, t.item_id, t.item_json::jsonb
                    FROM unnest(@item_ids, @item_jsons) WITH ORDINALITY AS t(item_id, item_json, position)
                    """);
                insert.Parameters.AddWithValue("id", response.Id);
                insert.Parameters.AddWithValue("item_ids", items.Select(i => i.Id).ToArray());
                insert.Parameters.AddWithValue("item_jsons", items.Select(i => i.Json).ToArray());
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await WriteOutputItemsAsync(connection, transaction, response.Id, response.Response, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> UpdateResponseAsync(string owner, Response response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        string json = ResponsesJson.Serialize(response);
        int changed = await WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand update = Command(connection, transaction, $"UPDATE {_responses} SET response_json = @response WHERE id = @id AND owner = @owner AND (expires_at IS NULL OR expires_at > @now)");
            update.Parameters.AddWithValue("response", NpgsqlDbType.Jsonb, json);
            update.Parameters.AddWithValue("id", response.Id!);
            update.Parameters.AddWithValue("owner", owner);
            update.Parameters.AddWithValue("now", _time.GetUtcNow());
            int updated = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (updated > 0)
            {
                await WriteOutputItemsAsync(connection, transaction, response.Id!, response, cancellationToken).ConfigureAwait(false);
            }

            return updated;
        }, cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task<StoredResponse?> GetAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        // One statement: the response and its items come from the same snapshot.
        await using NpgsqlCommand select = _dataSource.CreateCommand($"""
            SELECT r.previous_response_id, r.response_json::text, r.request_json::text, r.created_at, r.expires_at,
                   coalesce(array_agg(i.item_id ORDER BY i.position) FILTER (WHERE i.item_id IS NOT NULL), ARRAY[]::text[]),
                   coalesce(array_agg(i.item_json::text ORDER BY i.position) FILTER (WHERE i.item_id IS NOT NULL), ARRAY[]::text[])
            FROM {_responses} r LEFT JOIN {_items} i ON i.response_id = r.id
            WHERE r.id = @id AND r.owner = @owner AND (r.expires_at IS NULL OR r.expires_at > @now)
            GROUP BY r.id
            """);
        select.Parameters.AddWithValue("id", responseId);
        select.Parameters.AddWithValue("owner", owner);
        select.Parameters.AddWithValue("now", _time.GetUtcNow());
        await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        string[] itemIds = reader.GetFieldValue<string[]>(5);
        string[] itemJsons = reader.GetFieldValue<string[]>(6);
        return new StoredResponse
        {
            Id = responseId,
            Owner = owner,
            PreviousResponseId = reader.IsDBNull(0) ? null : reader.GetString(0),
            Response = ResponsesJson.Deserialize<Response>(reader.GetString(1))!,
            Request = reader.IsDBNull(2) ? null : ResponsesJson.Deserialize<CreateResponseRequest>(reader.GetString(2)),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(3),
            ExpiresAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
            InputItems = itemIds.Select((id, i) => new StoredInputItem(id, ResponsesJson.Deserialize<ResponseItem>(itemJsons[i])!)).ToList(),
        };
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand delete = _dataSource.CreateCommand($"DELETE FROM {_responses} WHERE id = @id AND owner = @owner AND (expires_at IS NULL OR expires_at > @now)");
        delete.Parameters.AddWithValue("id", responseId);
        delete.Parameters.AddWithValue("owner", owner);
        delete.Parameters.AddWithValue("now", _time.GetUtcNow());
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<InputItemsPage?> ListInputItemsAsync(string owner, string responseId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        string comparison = query.Descending ? "<" : ">";
        string order = query.Descending ? "DESC" : "ASC";
        // Row 0 says whether the response exists and whether "after" was found; item rows follow.
        await using NpgsqlCommand select = _dataSource.CreateCommand($"""
            WITH r AS (SELECT id FROM {_responses} WHERE id = @id AND owner = @owner AND (expires_at IS NULL OR expires_at > @now)),
                 a AS (SELECT position FROM {_items} WHERE response_id = @id AND item_id = @after AND EXISTS (SELECT 1 FROM r))
            SELECT 0 AS kind, (SELECT count(*) FROM a)::int AS found, NULL::text, NULL::text, 0 AS position FROM r
            UNION ALL
            SELECT * FROM (
                SELECT 1, 0, i.item_id, i.item_json::text, i.position FROM {_items} i
                WHERE i.response_id = @id AND EXISTS (SELECT 1 FROM r)
                  AND (@after::text IS NULL OR i.position {comparison} (SELECT position FROM a))
                ORDER BY i.position {order} LIMIT @limit) page
            """);
        select.Parameters.AddWithValue("id", responseId);
        select.Parameters.AddWithValue("owner", owner);
        select.Parameters.AddWithValue("now", _time.GetUtcNow());
        select.Parameters.AddWithValue("after", NpgsqlDbType.Text, (object?)query.After ?? DBNull.Value);
        select.Parameters.AddWithValue("limit", query.Limit + 1);
        await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        bool exists = false;
        bool afterFound = query.After is null;
        var items = new List<(int Position, StoredInputItem Item)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetInt32(0) == 0)
            {
                exists = true;
                afterFound |= reader.GetInt32(1) > 0;
            }
            else
            {
                items.Add((reader.GetInt32(4), new StoredInputItem(reader.GetString(2), ResponsesJson.Deserialize<ResponseItem>(reader.GetString(3))!)));
            }
        }

        if (!exists)
        {
            return null;
        }

        if (!afterFound)
        {
            return new InputItemsPage([], false);
        }

        // UNION ALL does not promise the order of its branches' rows: sort again.
        items.Sort((x, y) => query.Descending ? y.Position.CompareTo(x.Position) : x.Position.CompareTo(y.Position));
        bool hasMore = items.Count > query.Limit;
        return new InputItemsPage(items.Take(query.Limit).Select(i => i.Item).ToList(), hasMore);
    }

    /// <inheritdoc />
    public async Task<ResponseItem?> FindItemAsync(string owner, string itemId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand select = _dataSource.CreateCommand($"""
            SELECT i.item_json::text FROM {_items} i JOIN {_responses} r ON r.id = i.response_id
            WHERE i.item_id = @item AND r.owner = @owner AND (r.expires_at IS NULL OR r.expires_at > @now)
            UNION ALL
            SELECT o.item_json::text FROM {_outputs} o JOIN {_responses} r ON r.id = o.response_id
            WHERE o.item_id = @item AND r.owner = @owner AND (r.expires_at IS NULL OR r.expires_at > @now)
            LIMIT 1
            """);
        select.Parameters.AddWithValue("item", itemId);
        select.Parameters.AddWithValue("owner", owner);
        select.Parameters.AddWithValue("now", _time.GetUtcNow());
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ResponsesJson.Deserialize<ResponseItem>(json) : null;
    }

    /// <inheritdoc />
    public async Task AppendEventsAsync(string owner, string responseId, IReadOnlyList<ResponseStreamEvent> events, Response? response = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 && response is null)
        {
            return;
        }

        string? responseJson = response is null ? null : ResponsesJson.Serialize(response);
        await WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand insert = Command(connection, transaction, $"""
            INSERT INTO {_events} (response_id, sequence_number, event_json)
            SELECT @id, t.sequence_number, t.event_json::jsonb
            FROM unnest(@sequences, @jsons) AS t(sequence_number, event_json)
            WHERE EXISTS (SELECT 1 FROM {_responses} WHERE id = @id AND owner = @owner)
            ON CONFLICT DO NOTHING
            """);
            insert.Parameters.AddWithValue("id", responseId);
            insert.Parameters.AddWithValue("owner", owner);
            insert.Parameters.AddWithValue("sequences", events.Select(e => e.SequenceNumber).ToArray());
            insert.Parameters.AddWithValue("jsons", events.Select(e => ResponsesJson.Serialize(e)).ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (response is not null)
            {
                await using NpgsqlCommand update = Command(connection, transaction, $"UPDATE {_responses} SET response_json = @response WHERE id = @id AND owner = @owner");
                update.Parameters.AddWithValue("response", NpgsqlDbType.Jsonb, responseJson!);
                update.Parameters.AddWithValue("id", responseId);
                update.Parameters.AddWithValue("owner", owner);
                if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
                {
                    await WriteOutputItemsAsync(connection, transaction, responseId, response, cancellationToken).ConfigureAwait(false);
                }
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResponseStreamEvent>> ReadEventsAsync(string owner, string responseId, int startingAfter, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand select = _dataSource.CreateCommand($"""
            SELECT e.event_json::text FROM {_events} e JOIN {_responses} r ON r.id = e.response_id
            WHERE r.id = @id AND r.owner = @owner AND (r.expires_at IS NULL OR r.expires_at > @now) AND e.sequence_number > @after
            ORDER BY e.sequence_number
            """);
        select.Parameters.AddWithValue("id", responseId);
        select.Parameters.AddWithValue("owner", owner);
        select.Parameters.AddWithValue("now", _time.GetUtcNow());
        select.Parameters.AddWithValue("after", startingAfter);
        var events = new List<ResponseStreamEvent>();
        await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(ResponsesJson.Deserialize<ResponseStreamEvent>(reader.GetString(0))!);
        }

        return events;
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await using NpgsqlCommand expired = Command(connection, transaction, $"DELETE FROM {_responses} WHERE expires_at <= @now");
            expired.Parameters.AddWithValue("now", now.ToUniversalTime());
            int deleted = await expired.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (_options.MaxResponses is { } max)
            {
                await using NpgsqlCommand overflow = Command(connection, transaction, $"""
                    DELETE FROM {_responses} WHERE id IN (
                        SELECT id FROM {_responses} ORDER BY created_at, id
                        LIMIT greatest(0, (SELECT count(*) FROM {_responses}) - @max))
                    """);
                overflow.Parameters.AddWithValue("max", (long)max);
                deleted += await overflow.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return deleted;
        }, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _initGate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _dataSource.Dispose();
        _initGate.Dispose();
    }

    private async Task WriteOutputItemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string responseId, Response response, CancellationToken cancellationToken)
    {
        var outputs = response.Output.Where(i => i.Id is not null).ToList();
        await using NpgsqlCommand clear = Command(connection, transaction, $"DELETE FROM {_outputs} WHERE response_id = @id");
        clear.Parameters.AddWithValue("id", responseId);
        await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (outputs.Count == 0)
        {
            return;
        }

        await using NpgsqlCommand insert = Command(connection, transaction, $"""
            INSERT INTO {_outputs} (response_id, item_id, item_json)
            SELECT @id, t.item_id, t.item_json::jsonb FROM unnest(@item_ids, @item_jsons) AS t(item_id, item_json)
            ON CONFLICT DO NOTHING
            """);
        insert.Parameters.AddWithValue("id", responseId);
        insert.Parameters.AddWithValue("item_ids", outputs.Select(i => i.Id!).ToArray());
        insert.Parameters.AddWithValue("item_jsons", outputs.Select(i => ResponsesJson.Serialize(i)).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql) => new(sql, connection, transaction);

    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        T result = await write(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Concurrent CREATE ... IF NOT EXISTS from several processes can still collide: serialize them.
            await using NpgsqlCommand create = Command(connection, transaction, $"""
                SELECT pg_advisory_xact_lock(7285524165394101);
                CREATE SCHEMA IF NOT EXISTS {Quote(_options.Schema)};
                CREATE TABLE IF NOT EXISTS {_responses} (
                    id text PRIMARY KEY,
                    owner text NOT NULL,
                    previous_response_id text,
                    response_json jsonb NOT NULL,
                    request_json jsonb,
                    created_at timestamptz NOT NULL,
                    expires_at timestamptz
                );
                CREATE INDEX IF NOT EXISTS ix_responses_expires_at ON {_responses} (expires_at);
                CREATE INDEX IF NOT EXISTS ix_responses_created_at ON {_responses} (created_at);
                CREATE TABLE IF NOT EXISTS {_items} (
                    response_id text NOT NULL REFERENCES {_responses} (id) ON DELETE CASCADE,
                    position integer NOT NULL,
                    item_id text NOT NULL,
                    item_json jsonb NOT NULL,
                    PRIMARY KEY (response_id, position)
                );
                CREATE INDEX IF NOT EXISTS ix_response_input_items_item_id ON {_items} (response_id, item_id);
                CREATE INDEX IF NOT EXISTS ix_response_input_items_by_item ON {_items} (item_id);
                CREATE TABLE IF NOT EXISTS {_outputs} (
                    response_id text NOT NULL REFERENCES {_responses} (id) ON DELETE CASCADE,
                    item_id text NOT NULL,
                    item_json jsonb NOT NULL,
                    PRIMARY KEY (response_id, item_id)
                );
                CREATE INDEX IF NOT EXISTS ix_response_output_items_by_item ON {_outputs} (item_id);
                CREATE TABLE IF NOT EXISTS {_events} (
                    response_id text NOT NULL REFERENCES {_responses} (id) ON DELETE CASCADE,
                    sequence_number integer NOT NULL,
                    event_json jsonb NOT NULL,
                    PRIMARY KEY (response_id, sequence_number)
                );
                {ConversationSchema}
                """);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }
}
