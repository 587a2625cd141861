namespace Responses.Storage.Sqlite;

/// <summary>Options of <see cref="SqliteResponseStore"/>.</summary>
public sealed class SqliteResponseStoreOptions : ResponseStoreOptions
{
    /// <summary>The connection string, for example <c>Data Source=responses.db</c>. Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Whether every commit is flushed to the disk (<c>synchronous=FULL</c>) so it survives a power loss.
    /// Default <see langword="false"/> (<c>synchronous=NORMAL</c> in WAL mode): commits survive a crash of the
    /// process, and the last ones may be lost if the machine loses power.
    /// </summary>
    public bool SynchronousFull { get; set; }
}
