using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Responses.Storage.Sqlite;

/// <summary>
/// An <see cref="IResponseStore"/> (and <see cref="IConversationStore"/>, in the same file) in a SQLite database file: WAL mode, and every write in one transaction,
/// so a process killed mid-write leaves either the whole record or none of it. Several processes may share
/// the file. Tables are created on first use (see docs/state.md for the schema).
/// </summary>
public sealed partial class SqliteResponseStore : IResponseStore, IConversationStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS responses (
            id TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL,
            previous_response_id TEXT,
            response_json TEXT NOT NULL,
            request_json TEXT,
            created_at INTEGER NOT NULL,
            expires_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS ix_responses_expires_at ON responses (expires_at);
        CREATE INDEX IF NOT EXISTS ix_responses_created_at ON responses (created_at);
        CREATE TABLE IF NOT EXISTS response_input_items (
            response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            item_json TEXT NOT NULL,
            PRIMARY KEY (response_id, position)
        );
        CREATE INDEX IF NOT EXISTS ix_response_input_items_item_id ON response_input_items (response_id, item_id);
        CREATE INDEX IF NOT EXISTS ix_response_input_items_by_item ON response_input_items (item_id);
        CREATE TABLE IF NOT EXISTS response_output_items (
            response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            item_json TEXT NOT NULL,
            PRIMARY KEY (response_id, item_id)
        );
        CREATE INDEX IF NOT EXISTS ix_response_output_items_by_item ON response_output_items (item_id);
        CREATE TABLE IF NOT EXISTS response_events (
            response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
            sequence_number INTEGER NOT NULL,
            event_json TEXT NOT NULL,
            PRIMARY KEY (response_id, sequence_number)
        );
        """;

    private const string NotExpired = "(expires_at IS NULL OR expires_at > $now)";

    private readonly SqliteResponseStoreOptions _options;
    private readonly TimeProvider _time;
    // SQLite has one writer at a time; queueing writers of this process here is cheaper than busy retries.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Initializes the store; the database and tables are created on first use.</summary>
    /// <param name="options">The options (<see cref="SqliteResponseStoreOptions.ConnectionString"/> is required).</param>
    /// <param name="timeProvider">The clock (for expiry), or <see langword="null"/> for the system clock.</param>
    public SqliteResponseStore(SqliteResponseStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task SaveAsync(StoredResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        string responseJson = ResponsesJson.Serialize(response.Response);
        string? requestJson = response.Request is null ? null : ResponsesJson.Serialize(response.Request);
        var items = response.InputItems.Select(i => (i.Id, Json: ResponsesJson.Serialize(i.Item))).ToList();
        List<(string Id, string Json)> outputs = OutputItemsOf(response.Response);

        await WriteAsync(async (connection, transaction) =>
        {
            int changed = await ExecuteAsync(connection, transaction, """
                INSERT INTO responses (id, owner, previous_response_id, response_json, request_json, created_at, expires_at)
                VALUES ($id, $owner, $previous, $response, $request, $created, $expires)
                ON CONFLICT (id) DO UPDATE SET previous_response_id = excluded.previous_response_id,
                    response_json = excluded.response_json, request_json = excluded.request_json,
                    created_at = excluded.created_at, expires_at = excluded.expires_at
                WHERE responses.owner = excluded.owner
                """, cancellationToken,
                ("$id", response.Id), ("$owner", response.Owner), ("$previous", response.PreviousResponseId), ("$response", responseJson),
                ("$request", requestJson), ("$created", response.CreatedAt.ToUnixTimeMilliseconds()), ("$expires", response.ExpiresAt?.ToUnixTimeMilliseconds())).ConfigureAwait(false);
            if (changed == 0)
            {
                throw new InvalidOperationException($"Response id '{response.Id}' belongs to another owner.");
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM response_input_items WHERE response_id = $id", cancellationToken, ("$id", response.Id)).ConfigureAwait(false);
            using SqliteCommand insert = Command(connection, transaction, "INSERT INTO response_input_items (response_id, position, item_id, item_json) VALUES ($id, $position, $item_id, $json)",
                ("$id", response.Id), ("$position", 0), ("$item_id", string.Empty), ("$json", string.Empty));
            for (int i = 0; i < items.Count; i++)
            {
                insert.Parameters["$position"].Value = i;
                insert.Parameters["$item_id"].Value = items[i].Id;
                insert.Parameters["$json"].Value = items[i].Json;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await WriteOutputItemsAsync(connection, transaction, response.Id, outputs, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> UpdateResponseAsync(string owner, Response response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        string json = ResponsesJson.Serialize(response);
        List<(string Id, string Json)> outputs = OutputItemsOf(response);
        int changed = await WriteAsync(async (connection, transaction) =>
        {
            int updated = await ExecuteAsync(connection, transaction,
                $"UPDATE responses SET response_json = $response WHERE id = $id AND owner = $owner AND {NotExpired}", cancellationToken,
                ("$response", json), ("$id", response.Id), ("$owner", owner), ("$now", Now())).ConfigureAwait(false);
            if (updated > 0)
            {
                await WriteOutputItemsAsync(connection, transaction, response.Id!, outputs, cancellationToken).ConfigureAwait(false);
            }

            return updated;
        }, cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task<StoredResponse?> GetAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: the response and its items come from the same snapshot.
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        StoredResponse? stored;
        using (SqliteCommand select = Command(connection, transaction,
            $"SELECT previous_response_id, response_json, request_json, created_at, expires_at FROM responses WHERE id = $id AND owner = $owner AND {NotExpired}",
            ("$id", responseId), ("$owner", owner), ("$now", Now())))
        {
            await using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            stored = new StoredResponse
            {
                Id = responseId,
                Owner = owner,
                PreviousResponseId = reader.IsDBNull(0) ? null : reader.GetString(0),
                Response = ResponsesJson.Deserialize<Response>(reader.GetString(1))!,
                Request = reader.IsDBNull(2) ? null : ResponsesJson.Deserialize<CreateResponseRequest>(reader.GetString(2)),
                CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                ExpiresAt = reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                InputItems = [],
            };
        }

        using SqliteCommand items = Command(connection, transaction, "SELECT item_id, item_json FROM response_input_items WHERE response_id = $id ORDER BY position", ("$id", responseId));
        await using SqliteDataReader itemReader = await items.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await itemReader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.InputItems.Add(new StoredInputItem(itemReader.GetString(0), ResponsesJson.Deserialize<ResponseItem>(itemReader.GetString(1))!));
        }

        return stored;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string responseId, CancellationToken cancellationToken = default)
    {
        int changed = await WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction,
            $"DELETE FROM responses WHERE id = $id AND owner = $owner AND {NotExpired}", cancellationToken,
            ("$id", responseId), ("$owner", owner), ("$now", Now())), cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task<InputItemsPage?> ListInputItemsAsync(string owner, string responseId, InputItemsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        using (SqliteCommand exists = Command(connection, transaction, $"SELECT 1 FROM responses WHERE id = $id AND owner = $owner AND {NotExpired}", ("$id", responseId), ("$owner", owner), ("$now", Now())))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                return null;
            }
        }

        long? afterPosition = null;
        if (query.After is { } after)
        {
            using SqliteCommand find = Command(connection, transaction, "SELECT position FROM response_input_items WHERE response_id = $id AND item_id = $after", ("$id", responseId), ("$after", after));
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long position)
            {
                return new InputItemsPage([], false);
            }

            afterPosition = position;
        }

        string comparison = query.Descending ? "<" : ">";
        string order = query.Descending ? "DESC" : "ASC";
        using SqliteCommand select = Command(connection, transaction,
            $"SELECT item_id, item_json FROM response_input_items WHERE response_id = $id AND ($after IS NULL OR position {comparison} $after) ORDER BY position {order} LIMIT $limit",
            ("$id", responseId), ("$after", afterPosition), ("$limit", query.Limit + 1));
        var items = new List<StoredInputItem>();
        await using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new StoredInputItem(reader.GetString(0), ResponsesJson.Deserialize<ResponseItem>(reader.GetString(1))!));
        }

        bool hasMore = items.Count > query.Limit;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new InputItemsPage(items, hasMore);
    }

    /// <inheritdoc />
    public async Task<ResponseItem?> FindItemAsync(string owner, string itemId, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand select = Command(connection, null, """
            SELECT i.item_json FROM response_input_items i JOIN responses r ON r.id = i.response_id
            WHERE i.item_id = $item AND r.owner = $owner AND (r.expires_at IS NULL OR r.expires_at > $now)
            UNION ALL
            SELECT o.item_json FROM response_output_items o JOIN responses r ON r.id = o.response_id
            WHERE o.item_id = $item AND r.owner = $owner AND (r.expires_at IS NULL OR r.expires_at > $now)
            LIMIT 1
            """, ("$item", itemId), ("$owner", owner), ("$now", Now()));
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ResponsesJson.Deserialize<ResponseItem>(json) : null;
    }

    /// <inheritdoc />
    public async Task AppendEventsAsync(string owner, string responseId, IReadOnlyList<ResponseStreamEvent> events, Response? response = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var serialized = events.Select(e => (e.SequenceNumber, Json: ResponsesJson.Serialize(e))).ToList();
        string? responseJson = response is null ? null : ResponsesJson.Serialize(response);
        List<(string Id, string Json)>? outputs = response is null ? null : OutputItemsOf(response);
        await WriteAsync(async (connection, transaction) =>
        {
            using (SqliteCommand exists = Command(connection, transaction, "SELECT 1 FROM responses WHERE id = $id AND owner = $owner", ("$id", responseId), ("$owner", owner)))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    return 0;
                }
            }

            using SqliteCommand insert = Command(connection, transaction, "INSERT OR IGNORE INTO response_events (response_id, sequence_number, event_json) VALUES ($id, $sequence, $json)",
                ("$id", responseId), ("$sequence", 0), ("$json", string.Empty));
            foreach ((int sequence, string json) in serialized)
            {
                insert.Parameters["$sequence"].Value = sequence;
                insert.Parameters["$json"].Value = json;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (responseJson is not null)
            {
                await ExecuteAsync(connection, transaction, "UPDATE responses SET response_json = $response WHERE id = $id", cancellationToken,
                    ("$response", responseJson), ("$id", responseId)).ConfigureAwait(false);
                await WriteOutputItemsAsync(connection, transaction, responseId, outputs!, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResponseStreamEvent>> ReadEventsAsync(string owner, string responseId, int startingAfter, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand select = Command(connection, null, $"""
            SELECT e.event_json FROM response_events e JOIN responses r ON r.id = e.response_id
            WHERE r.id = $id AND r.owner = $owner AND (r.expires_at IS NULL OR r.expires_at > $now) AND e.sequence_number > $after
            ORDER BY e.sequence_number
            """, ("$id", responseId), ("$owner", owner), ("$now", Now()), ("$after", startingAfter));
        var events = new List<ResponseStreamEvent>();
        await using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
            int deleted = await ExecuteAsync(connection, transaction, "DELETE FROM responses WHERE expires_at <= $now", cancellationToken, ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
            if (_options.MaxResponses is { } max)
            {
                deleted += await ExecuteAsync(connection, transaction, """
                    DELETE FROM responses WHERE id IN (
                        SELECT id FROM responses ORDER BY created_at, id
                        LIMIT max(0, (SELECT count(*) FROM responses) - $max))
                    """, cancellationToken, ("$max", max)).ConfigureAwait(false);
            }

            return deleted;
        }, cancellationToken);

    /// <summary>Runs SQLite's <c>integrity_check</c> and the store's own consistency checks.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The problems found; empty when the database is sound.</returns>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        foreach (string sql in new[] { "PRAGMA integrity_check", "PRAGMA foreign_key_check" })
        {
            using SqliteCommand command = Command(connection, null, sql);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string row = string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                if (row != "ok")
                {
                    problems.Add($"{sql}: {row}");
                }
            }
        }

        return problems;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writeGate.Dispose();
        _initGate.Dispose();
    }

    private static List<(string Id, string Json)> OutputItemsOf(Response response) =>
        response.Output.Where(i => i.Id is not null).Select(i => (i.Id!, ResponsesJson.Serialize(i))).ToList();

    private static async Task WriteOutputItemsAsync(SqliteConnection connection, SqliteTransaction transaction, string responseId, List<(string Id, string Json)> outputs, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "DELETE FROM response_output_items WHERE response_id = $id", cancellationToken, ("$id", responseId)).ConfigureAwait(false);
        using SqliteCommand insert = Command(connection, transaction, "INSERT OR REPLACE INTO response_output_items (response_id, item_id, item_json) VALUES ($id, $item_id, $json)",
            ("$id", responseId), ("$item_id", string.Empty), ("$json", string.Empty));
        foreach ((string id, string json) in outputs)
        {
            insert.Parameters["$item_id"].Value = id;
            insert.Parameters["$json"].Value = json;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // BEGIN IMMEDIATE: take the write lock up front, so a reader never has to upgrade (no deadlock between processes).
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            T result = await write(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_options.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Per-connection settings: cascades need foreign_keys; WAL itself is a property of the file.
            await ExecuteAsync(connection, null, _options.SynchronousFull ? "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;" : "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, null, Schema + ConversationSchema, cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using SqliteCommand command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
