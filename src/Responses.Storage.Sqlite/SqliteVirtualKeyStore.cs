using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Responses.Storage.Sqlite;

/// <summary>
/// An <see cref="IVirtualKeyStore"/> in a SQLite database file (the gateway keeps it in the same file as its responses):
/// one <c>virtual_keys</c> table keyed by the SHA-256 hash; the key itself is never stored.
/// </summary>
public sealed class SqliteVirtualKeyStore : IVirtualKeyStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS virtual_keys (
            token_hash TEXT NOT NULL PRIMARY KEY,
            key_name TEXT,
            key_alias TEXT,
            models TEXT NOT NULL,
            max_budget TEXT,
            budget_duration TEXT,
            rpm_limit INTEGER,
            tpm_limit INTEGER,
            user_id TEXT,
            metadata TEXT,
            created_at INTEGER NOT NULL,
            expires_at INTEGER,
            spend TEXT NOT NULL
        );
        """;

    private readonly string _connectionString;
    private volatile bool _initialized;

    /// <summary>Initializes the store; the table is created on first use.</summary>
    /// <param name="connectionString">The connection string, for example <c>Data Source=responses.db</c>.</param>
    public SqliteVirtualKeyStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    /// <inheritdoc />
    public async Task CreateAsync(VirtualKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO virtual_keys (token_hash, key_name, key_alias, models, max_budget, budget_duration, rpm_limit, tpm_limit, user_id, metadata, created_at, expires_at, spend)
            VALUES ($hash, $name, $alias, $models, $budget, $duration, $rpm, $tpm, $user, $metadata, $created, $expires, $spend)
            """;
        command.Parameters.AddWithValue("$hash", key.TokenHash);
        command.Parameters.AddWithValue("$name", (object?)key.KeyName ?? DBNull.Value);
        command.Parameters.AddWithValue("$alias", (object?)key.KeyAlias ?? DBNull.Value);
        command.Parameters.AddWithValue("$models", string.Join('\n', key.Models));
        command.Parameters.AddWithValue("$budget", (object?)key.MaxBudget?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$duration", (object?)key.BudgetDuration ?? DBNull.Value);
        command.Parameters.AddWithValue("$rpm", (object?)key.RpmLimit ?? DBNull.Value);
        command.Parameters.AddWithValue("$tpm", (object?)key.TpmLimit ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)key.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$metadata", (object?)key.Metadata?.GetRawText() ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", key.CreatedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$expires", (object?)key.ExpiresAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$spend", key.Spend.ToString(CultureInfo.InvariantCulture));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new InvalidOperationException("A key with this hash exists.", e);
        }
    }

    /// <inheritdoc />
    public async Task<VirtualKey?> GetAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT token_hash, key_name, key_alias, models, max_budget, budget_duration, rpm_limit, tpm_limit, user_id, metadata, created_at, expires_at, spend
            FROM virtual_keys WHERE token_hash = $hash
            """;
        command.Parameters.AddWithValue("$hash", tokenHash);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new VirtualKey
        {
            TokenHash = reader.GetString(0),
            KeyName = reader.IsDBNull(1) ? null : reader.GetString(1),
            KeyAlias = reader.IsDBNull(2) ? null : reader.GetString(2),
            Models = reader.GetString(3) is { Length: > 0 } models ? models.Split('\n') : [],
            MaxBudget = reader.IsDBNull(4) ? null : decimal.Parse(reader.GetString(4), NumberStyles.Float, CultureInfo.InvariantCulture),
            BudgetDuration = reader.IsDBNull(5) ? null : reader.GetString(5),
            RpmLimit = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            TpmLimit = reader.IsDBNull(7) ? null : reader.GetInt64(7),
            UserId = reader.IsDBNull(8) ? null : reader.GetString(8),
            Metadata = reader.IsDBNull(9) ? null : JsonElementOf(reader.GetString(9)),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
            ExpiresAt = reader.IsDBNull(11) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            Spend = decimal.Parse(reader.GetString(12), NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyCollection<string> tokenHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        var deleted = new List<string>();
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        foreach (string hash in tokenHashes.Distinct(StringComparer.Ordinal))
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM virtual_keys WHERE token_hash = $hash";
            command.Parameters.AddWithValue("$hash", hash);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                deleted.Add(hash);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<decimal?> AddSpendAsync(string tokenHash, decimal amount, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // Read and write in one IMMEDIATE transaction: decimal sums are exact (TEXT), and no other writer interleaves.
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        await using SqliteCommand read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT spend FROM virtual_keys WHERE token_hash = $hash";
        read.Parameters.AddWithValue("$hash", tokenHash);
        if (await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string current)
        {
            return null;
        }

        decimal spend = decimal.Parse(current, NumberStyles.Float, CultureInfo.InvariantCulture) + amount;
        await using SqliteCommand write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "UPDATE virtual_keys SET spend = $spend WHERE token_hash = $hash";
        write.Parameters.AddWithValue("$spend", spend.ToString(CultureInfo.InvariantCulture));
        write.Parameters.AddWithValue("$hash", tokenHash);
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return spend;
    }

    private static JsonElement JsonElementOf(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_initialized)
            {
                await using SqliteCommand create = connection.CreateCommand();
                create.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
