namespace Responses.Storage.Postgres;

/// <summary>Options of <see cref="PostgresResponseStore"/>.</summary>
public sealed class PostgresResponseStoreOptions : ResponseStoreOptions
{
    /// <summary>The Npgsql connection string. Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The schema holding the tables (created when missing). Default <c>public</c>.</summary>
    public string Schema { get; set; } = "public";
}
