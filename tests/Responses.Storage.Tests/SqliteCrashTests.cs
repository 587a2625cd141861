using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Responses.Storage.Sqlite;

namespace Responses.Storage.Tests;

/// <summary>A writer process killed mid-write leaves a sound database with whole records only.</summary>
public sealed class SqliteCrashTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"responses-crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_killed_writer_leaves_no_corruption_and_no_partial_records()
    {
        string writer = Path.Combine(AppContext.BaseDirectory, "Responses.Storage.CrashWriter.dll");
        File.Exists(writer).Should().BeTrue("the crash writer is built next to the tests");
        var acknowledged = new ConcurrentBag<string>();

        for (int run = 0; run < 3; run++)
        {
            using var process = new Process
            {
                StartInfo = new ProcessStartInfo("dotnet") { ArgumentList = { writer, _path, $"r{run}" }, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false },
            };
            int saved = 0;
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            int killAfter = 5 + (run * 7);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line && line.StartsWith("saved ", StringComparison.Ordinal))
                {
                    acknowledged.Add(line["saved ".Length..]);
                    if (Interlocked.Increment(ref saved) >= killAfter)
                    {
                        enough.TrySetResult();
                    }
                }
            };
            process.Start();
            process.BeginOutputReadLine();
            Task exited = process.WaitForExitAsync();
            Task first = await Task.WhenAny(enough.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
            first.Should().BeSameAs(enough.Task, $"the writer should save {killAfter} responses (stderr: {(exited.IsCompleted ? await process.StandardError.ReadToEndAsync() : "")})");
            // Kill while it is in the middle of later writes.
            await Task.Delay(Random.Shared.Next(0, 30));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        using var store = new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = $"Data Source={_path}" });
        (await store.CheckIntegrityAsync()).Should().BeEmpty();

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT r.id, (SELECT count(*) FROM response_input_items i WHERE i.response_id = r.id) FROM responses r";
        var counts = new Dictionary<string, long>();
        await using (SqliteDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        counts.Values.Should().OnlyContain(c => c == 50, "a response is stored with all of its input items or not at all");
        counts.Keys.Should().Contain(acknowledged, "every save that returned is durable");
        foreach (string id in acknowledged)
        {
            StoredResponse stored = (await store.GetAsync("crash", id))!;
            stored.Response.Status.Should().Be(ResponseStatus.Completed);
            (await store.ReadEventsAsync("crash", id, -1)).Should().HaveCount(20);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
