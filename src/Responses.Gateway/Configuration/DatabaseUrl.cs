using Npgsql;

namespace Responses.Gateway.Configuration;

/// <summary>Reads <c>general_settings.database_url</c>: a SQLite file (path or <c>sqlite://</c>) or a <c>postgresql://</c> URL.</summary>
internal static class DatabaseUrl
{
    /// <summary>The SQLite path and, for a PostgreSQL URL, the Npgsql connection string and schema (<c>?schema=</c>, as Prisma and LiteLLM read it).</summary>
    public static (string SqlitePath, string? PostgresConnectionString, string PostgresSchema) Parse(string url, string baseDirectory, Func<string, Exception> error)
    {
        string defaultPath = Path.Combine(baseDirectory, "responses.db");
        if (url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            (string connectionString, string schema) = ToConnectionString(url, error);
            return (defaultPath, connectionString, schema);
        }

        string path;
        if (url.StartsWith("sqlite:///", StringComparison.OrdinalIgnoreCase))
        {
            path = url["sqlite:///".Length..];
        }
        else if (url.StartsWith("sqlite://", StringComparison.OrdinalIgnoreCase))
        {
            path = url["sqlite://".Length..];
        }
        else if (url.Contains("://", StringComparison.Ordinal))
        {
            throw error($"'{url[..url.IndexOf("://", StringComparison.Ordinal)]}://' is not supported: use a SQLite file path, sqlite:// or postgresql://");
        }
        else
        {
            path = url;
        }

        if (path.Length == 0)
        {
            throw error("names no file");
        }

        return (Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path), null, "public");
    }

    /// <summary>A <c>postgresql://user:password@host:port/database?sslmode=require</c> URL as an Npgsql connection string.</summary>
    private static (string ConnectionString, string Schema) ToConnectionString(string url, Func<string, Exception> error)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw error("is not a valid postgresql:// URL");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        string schema = "public";
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string name = Uri.UnescapeDataString(kv[0]);
            string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            if (name == "schema")
            {
                schema = value.Length > 0 ? value : throw error("has an empty 'schema'");
                continue;
            }

            try
            {
                builder[name switch { "sslmode" => "SSL Mode", "connect_timeout" => "Timeout", _ => name }] = value;
            }
            catch (ArgumentException)
            {
                throw error($"has an unknown option '{name}'");
            }
        }

        return (builder.ConnectionString, schema);
    }
}
