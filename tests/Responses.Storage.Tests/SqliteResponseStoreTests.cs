using Microsoft.Data.Sqlite;
using Responses.Storage.Sqlite;

namespace Responses.Storage.Tests;

public sealed class SqliteResponseStoreTests : ConversationPipelineTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"responses-{Guid.NewGuid():N}.db");

    protected override IResponseStore CreateStore(int? maxResponses = null) =>
        new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = $"Data Source={_path}", MaxResponses = maxResponses }, Time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Database_is_in_wal_mode_and_sound()
    {
        var store = (SqliteResponseStore)NewStore();
        await store.SaveAsync(Record());

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync()).Should().Be("wal");
        (await store.CheckIntegrityAsync()).Should().BeEmpty();
    }
}
