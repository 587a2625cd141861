using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Responses.Storage.Postgres;

/// <summary>
/// An <see cref="IVirtualKeyStore"/> in PostgreSQL: one <c>virtual_keys</c> table (in the configured schema) keyed by
/// the SHA-256 hash; the key itself is never stored. Several gateway replicas can share it.
/// </summary>
public sealed class PostgresVirtualKeyStore : IVirtualKeyStore, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly string _table;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Initializes the store; the schema and table are created on first use.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="schema">The schema (default <c>public</c>).</param>
    public PostgresVirtualKeyStore(string connectionString, string schema = "public")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _schema = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        _table = _schema + ".virtual_keys";
    }

    /// <inheritdoc />
    public async Task CreateAsync(VirtualKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"""
            INSERT INTO {_table} (token_hash, key_name, key_alias, models, max_budget, budget_duration, rpm_limit, tpm_limit, user_id, metadata, created_at, expires_at, spend)
            VALUES (@hash, @name, @alias, @models, @budget, @duration, @rpm, @tpm, @user, @metadata, @created, @expires, @spend)
            """);
        command.Parameters.AddWithValue("hash", key.TokenHash);
        command.Parameters.AddWithValue("name", (object?)key.KeyName ?? DBNull.Value);
        command.Parameters.AddWithValue("alias", (object?)key.KeyAlias ?? DBNull.Value);
        command.Parameters.AddWithValue("models", key.Models.ToArray());
        command.Parameters.AddWithValue("budget", NpgsqlDbType.Numeric, (object?)key.MaxBudget ?? DBNull.Value);
        command.Parameters.AddWithValue("duration", (object?)key.BudgetDuration ?? DBNull.Value);
        command.Parameters.AddWithValue("rpm", NpgsqlDbType.Integer, (object?)key.RpmLimit ?? DBNull.Value);
        command.Parameters.AddWithValue("tpm", NpgsqlDbType.Bigint, (object?)key.TpmLimit ?? DBNull.Value);
        command.Parameters.AddWithValue("user", (object?)key.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("metadata", NpgsqlDbType.Jsonb, (object?)key.Metadata?.GetRawText() ?? DBNull.Value);
        command.Parameters.AddWithValue("created", key.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("expires", NpgsqlDbType.TimestampTz, (object?)key.ExpiresAt?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("spend", key.Spend);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new InvalidOperationException("A key with this hash exists.", e);
        }
    }

    /// <inheritdoc />
    public async Task<VirtualKey?> GetAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"""
            SELECT token_hash, key_name, key_alias, models, max_budget, budget_duration, rpm_limit, tpm_limit, user_id, metadata::text, created_at, expires_at, spend
            FROM {_table} WHERE token_hash = @hash
            """);
        command.Parameters.AddWithValue("hash", tokenHash);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new VirtualKey
        {
            TokenHash = reader.GetString(0),
            KeyName = reader.IsDBNull(1) ? null : reader.GetString(1),
            KeyAlias = reader.IsDBNull(2) ? null : reader.GetString(2),
            Models = reader.GetFieldValue<string[]>(3),
            MaxBudget = reader.IsDBNull(4) ? null : reader.GetDecimal(4),
            BudgetDuration = reader.IsDBNull(5) ? null : reader.GetString(5),
            RpmLimit = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            TpmLimit = reader.IsDBNull(7) ? null : reader.GetInt64(7),
            UserId = reader.IsDBNull(8) ? null : reader.GetString(8),
            Metadata = reader.IsDBNull(9) ? null : JsonElementOf(reader.GetString(9)),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(10),
            ExpiresAt = reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
            Spend = reader.GetDecimal(12),
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyCollection<string> tokenHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"DELETE FROM {_table} WHERE token_hash = ANY(@hashes) RETURNING token_hash");
        command.Parameters.AddWithValue("hashes", tokenHashes.Distinct(StringComparer.Ordinal).ToArray());
        var deleted = new List<string>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            deleted.Add(reader.GetString(0));
        }

        return deleted;
    }

    /// <inheritdoc />
    public async Task<decimal?> AddSpendAsync(string tokenHash, decimal amount, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"UPDATE {_table} SET spend = spend + @amount WHERE token_hash = @hash RETURNING spend");
        command.Parameters.AddWithValue("amount", amount);
        command.Parameters.AddWithValue("hash", tokenHash);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is decimal spend ? spend : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _dataSource.Dispose();
        _initGate.Dispose();
    }

    private static JsonElement JsonElementOf(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
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
            if (!_initialized)
            {
                // The same advisory lock as the response store (the batch is one implicit transaction): concurrent CREATE ... IF NOT EXISTS can collide.
                await using NpgsqlCommand create = _dataSource.CreateCommand($"""
                    SELECT pg_advisory_xact_lock(7285524165394101);
                    CREATE SCHEMA IF NOT EXISTS {_schema};
                    CREATE TABLE IF NOT EXISTS {_table} (
                        token_hash text PRIMARY KEY,
                        key_name text,
                        key_alias text,
                        models text[] NOT NULL,
                        max_budget numeric,
                        budget_duration text,
                        rpm_limit integer,
                        tpm_limit bigint,
                        user_id text,
                        metadata jsonb,
                        created_at timestamptz NOT NULL,
                        expires_at timestamptz,
                        spend numeric NOT NULL
                    );
                    """);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }
}
