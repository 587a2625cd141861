using Responses;
using Responses.Storage.Sqlite;

// Usage: CrashWriter <db path> <run tag>. Saves responses (each with 50 input items and 20 events) forever,
// printing "saved <id>" once each save has returned; the parent kills it mid-write.
string path = args[0];
string tag = args[1];
using var store = new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = $"Data Source={path}" });
string padding = new('x', 2_000);
for (int n = 0; ; n++)
{
    string id = $"resp_{tag}_{n}";
    var record = new StoredResponse
    {
        Id = id,
        Owner = "crash",
        CreatedAt = DateTimeOffset.UtcNow,
        Response = new Response { Id = id, Model = "m", Status = ResponseStatus.InProgress, CreatedAt = 1 },
        InputItems = Enumerable.Range(0, 50).Select(i => new StoredInputItem($"msg_{n}_{i}", MessageItem.User($"{i} {padding}"))).ToList(),
    };
    await store.SaveAsync(record);
    await store.AppendEventsAsync("crash", id, Enumerable.Range(0, 20)
        .Select(i => (ResponseStreamEvent)new ResponseOutputTextDeltaEvent { SequenceNumber = i, ItemId = "msg", Delta = padding, Logprobs = [] }).ToList());
    record.Response.Status = ResponseStatus.Completed;
    await store.UpdateResponseAsync("crash", record.Response);
    Console.Out.WriteLine($"saved {id}");
    Console.Out.Flush();
}
