using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Responses.Storage.Postgres;
using Responses.Storage.Sqlite;

namespace Responses.Storage.Tests;

/// <summary>The <see cref="IVirtualKeyStore"/> contract, run against every implementation.</summary>
public abstract class VirtualKeyStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IVirtualKeyStore CreateStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static VirtualKey Key(string secret, decimal spend = 0) => new()
    {
        TokenHash = VirtualKeyHash.Of(secret),
        KeyName = "sk-..." + secret[^4..],
        KeyAlias = "prod",
        Models = ["gpt-4o", "claude"],
        MaxBudget = 12.345678m,
        BudgetDuration = "30d",
        RpmLimit = 60,
        TpmLimit = 5_000_000_000,
        UserId = "alice",
        Metadata = JsonDocument.Parse("""{"team":"backend","n":[1,2]}""").RootElement.Clone(),
        CreatedAt = Created,
        ExpiresAt = Created.AddDays(30),
        Spend = spend,
    };

    [SkippableFact]
    public async Task A_created_key_reads_back_with_every_field()
    {
        IVirtualKeyStore store = CreateStore();
        VirtualKey key = Key("sk-secret-0001");
        await store.CreateAsync(key);

        VirtualKey read = (await store.GetAsync(key.TokenHash))!;

        read.Should().NotBeNull();
        read.Should().BeEquivalentTo(key, o => o.Excluding(k => k.Metadata));
        // PostgreSQL's jsonb may reorder and re-space the object: compare values.
        read.Metadata!.Value.GetProperty("team").GetString().Should().Be("backend");
        read.Metadata!.Value.GetProperty("n").EnumerateArray().Select(n => n.GetInt32()).Should().Equal(1, 2);
        (await store.GetAsync(VirtualKeyHash.Of("sk-other"))).Should().BeNull();
    }

    [SkippableFact]
    public async Task A_minimal_key_keeps_its_nulls()
    {
        IVirtualKeyStore store = CreateStore();
        var key = new VirtualKey { TokenHash = VirtualKeyHash.Of("sk-minimal-key"), CreatedAt = Created };
        await store.CreateAsync(key);

        VirtualKey read = (await store.GetAsync(key.TokenHash))!;
        read.Models.Should().BeEmpty();
        read.MaxBudget.Should().BeNull();
        read.ExpiresAt.Should().BeNull();
        read.Metadata.Should().BeNull();
        read.AllowsModel("anything").Should().BeTrue();
    }

    [SkippableFact]
    public async Task A_duplicate_hash_is_refused()
    {
        IVirtualKeyStore store = CreateStore();
        await store.CreateAsync(Key("sk-secret-0002"));
        Func<Task> again = () => store.CreateAsync(Key("sk-secret-0002"));
        await again.Should().ThrowAsync<InvalidOperationException>();
    }

    [SkippableFact]
    public async Task Delete_returns_the_hashes_that_existed()
    {
        IVirtualKeyStore store = CreateStore();
        await store.CreateAsync(Key("sk-secret-0003"));
        await store.CreateAsync(Key("sk-secret-0004"));

        IReadOnlyList<string> deleted = await store.DeleteAsync([VirtualKeyHash.Of("sk-secret-0003"), VirtualKeyHash.Of("sk-nope")]);

        deleted.Should().Equal(VirtualKeyHash.Of("sk-secret-0003"));
        (await store.GetAsync(VirtualKeyHash.Of("sk-secret-0003"))).Should().BeNull();
        (await store.GetAsync(VirtualKeyHash.Of("sk-secret-0004"))).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Spend_adds_up_exactly_even_concurrently()
    {
        IVirtualKeyStore store = CreateStore();
        VirtualKey key = Key("sk-secret-0005");
        await store.CreateAsync(key);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.AddSpendAsync(key.TokenHash, 0.1m)));

        (await store.GetAsync(key.TokenHash))!.Spend.Should().Be(2.0m);
        (await store.AddSpendAsync(key.TokenHash, 0.000001m)).Should().Be(2.000001m);
        (await store.AddSpendAsync(VirtualKeyHash.Of("sk-nope"), 1m)).Should().BeNull();
    }
}

public sealed class InMemoryVirtualKeyStoreTests : VirtualKeyStoreTests
{
    protected override IVirtualKeyStore CreateStore() => new InMemoryVirtualKeyStore();
}

public sealed class SqliteVirtualKeyStoreTests : VirtualKeyStoreTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"keys-{Guid.NewGuid():N}.db");

    protected override IVirtualKeyStore CreateStore() => new SqliteVirtualKeyStore($"Data Source={_path}");

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_key_table_lives_next_to_the_responses_in_one_file()
    {
        string connectionString = $"Data Source={_path}";
        using var responses = new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = connectionString });
        await responses.PurgeAsync(DateTimeOffset.UtcNow);
        await CreateStore().CreateAsync(new VirtualKey { TokenHash = VirtualKeyHash.Of("sk-shared-file"), CreatedAt = DateTimeOffset.UnixEpoch });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using SqliteCommand tables = connection.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table' AND name IN ('responses', 'virtual_keys')";
        ((string)(await tables.ExecuteScalarAsync())!).Split(',').Should().BeEquivalentTo("responses", "virtual_keys");
    }
}

/// <summary>Against the real PostgreSQL named by <c>RESPONSES_TEST_POSTGRES</c> (skipped without it, as the response store suite).</summary>
public sealed class PostgresVirtualKeyStoreTests : VirtualKeyStoreTests
{
    private readonly string _schema = $"test_{Guid.NewGuid():N}";
    private readonly List<PostgresVirtualKeyStore> _stores = [];

    protected override IVirtualKeyStore CreateStore()
    {
        Skip.If(PostgresResponseStoreTests.ConnectionString is null, $"{PostgresResponseStoreTests.ConnectionStringVariable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
        var store = new PostgresVirtualKeyStore(PostgresResponseStoreTests.ConnectionString!, _schema);
        _stores.Add(store);
        return store;
    }

    public override async Task DisposeAsync()
    {
        _stores.ForEach(s => s.Dispose());
        if (PostgresResponseStoreTests.ConnectionString is { } connectionString)
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
            await using NpgsqlCommand drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
    }
}
