using Npgsql;
using Responses.Storage.Postgres;

namespace Responses.Storage.Tests;

/// <summary>The store suite against a real PostgreSQL server named by <c>RESPONSES_TEST_POSTGRES</c> (each test in its own schema).</summary>
public sealed class PostgresResponseStoreTests : ConversationPipelineTests
{
    public const string ConnectionStringVariable = "RESPONSES_TEST_POSTGRES";

    private readonly string _schema = $"test_{Guid.NewGuid():N}";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    protected override IResponseStore CreateStore(int? maxResponses = null)
    {
        Skip.If(ConnectionString is null, $"{ConnectionStringVariable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
        return new PostgresResponseStore(new PostgresResponseStoreOptions { ConnectionString = ConnectionString!, Schema = _schema, MaxResponses = maxResponses }, Time);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString is { } connectionString)
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
            await using NpgsqlCommand drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
    }
}
