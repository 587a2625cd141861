using Microsoft.Extensions.Configuration;
using Responses.Gateway.Configuration;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Routing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Responses.Gateway;

/// <summary>Where the gateway keeps responses and virtual keys.</summary>
internal enum GatewayStoreKind
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>database_url: postgresql://…</c>), for several replicas.</summary>
    Postgres,
}

/// <summary>
/// The gateway's configuration: LiteLLM's <c>config.yaml</c>, with the <c>Gateway</c> section of
/// <see cref="IConfiguration"/> (appsettings.json, environment, command line) merged over it; validated when read.
/// </summary>
internal sealed class GatewayConfig
{
    /// <summary>LiteLLM's default <c>max_request_size_mb</c> is unlimited; ours is finite.</summary>
    public const int DefaultMaxRequestSizeMb = 32;

    private static readonly HashSet<string> GeneralKeys = ["master_key", "database_url", "max_request_size_mb", "mcp_server_url_allowlist"];
    private static readonly HashSet<string> LimitKeys = ["rpm", "tpm", "weight", "timeout", "stream_timeout", "max_retries"];

    public IReadOnlyList<Deployment> Deployments { get; init; } = [];

    /// <summary><c>general_settings.master_key</c>; none: the gateway runs open on loopback.</summary>
    public string? MasterKey { get; init; }

    public GatewayStoreKind StoreKind { get; init; } = GatewayStoreKind.Sqlite;

    /// <summary>The SQLite database file (when <see cref="StoreKind"/> is SQLite).</summary>
    public string DatabasePath { get; init; } = "responses.db";

    /// <summary>The Npgsql connection string (when <see cref="StoreKind"/> is PostgreSQL).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The PostgreSQL schema (<c>?schema=</c> in the URL; default <c>public</c>).</summary>
    public string PostgresSchema { get; init; } = "public";

    /// <summary><c>general_settings.max_request_size_mb</c> in bytes: larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestSizeMb * 1024L * 1024L;

    /// <summary>
    /// <c>general_settings.mcp_server_url_allowlist</c>: URL prefixes an <c>mcp</c> tool's <c>server_url</c> must match.
    /// Empty: public addresses only (private, loopback, link-local and cloud-metadata addresses are refused).
    /// </summary>
    public IReadOnlyList<string> McpServerUrlAllowlist { get; init; } = [];

    /// <summary><c>router_settings</c>: applied by the model pipelines (load balancing, retry, fallback).</summary>
    public RouterSettings Router { get; init; } = new();

    /// <summary>Whether config.yaml (or the overlay) has a non-empty <c>router_settings</c>.</summary>
    public bool RouterConfigured { get; init; }

    /// <summary>Settings read but not supported: logged at start-up so nothing is ignored silently.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static GatewayConfig Load(string path, Func<string, string?>? environment = null, IConfiguration? overrides = null)
    {
        if (!File.Exists(path))
        {
            throw new GatewayConfigException($"Config file '{path}' not found (looked for {Path.GetFullPath(path)}).");
        }

        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Parse(File.ReadAllText(path), directory, environment, overrides);
    }

    public static GatewayConfig Parse(string yaml, string baseDirectory, Func<string, string?>? environment = null, IConfiguration? overrides = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new GatewayConfigException($"Invalid YAML (line {e.Start.Line}): {e.Message}");
        }

        YamlMappingNode root;
        if (stream.Documents.Count == 0)
        {
            root = new YamlMappingNode();
        }
        else
        {
            root = stream.Documents[0].RootNode as YamlMappingNode
                ?? throw new GatewayConfigException("The config must be a YAML mapping with a 'model_list'.");
        }

        var sources = new Dictionary<YamlNode, string>();
        if (overrides is not null)
        {
            ConfigurationOverlay.Apply(root, overrides, sources);
        }

        var reader = new ConfigReader(environment, sources);
        var warnings = new List<string>();
        foreach ((YamlNode k, YamlNode v) in root.Children)
        {
            string name = ConfigReader.Name(k);
            if (name is not ("model_list" or "router_settings" or "general_settings"))
            {
                warnings.Add($"'{name}' ({reader.Where(v)}) is not supported yet and has no effect.");
            }
        }

        IReadOnlyList<Deployment> deployments = ModelListReader.Read(root, reader, warnings);
        RouterSettings router = ConfigReader.Child(root, "router_settings") is { } r
            ? RouterSettingsReader.Read(reader.Mapping(r, "router_settings"), reader, deployments, warnings)
            : new RouterSettings();

        string? masterKey = null;
        string databasePath = Path.Combine(baseDirectory, "responses.db");
        string? postgres = null;
        string schema = "public";
        long maxBody = DefaultMaxRequestSizeMb * 1024L * 1024L;
        var mcpAllowlist = new List<string>();
        if (ConfigReader.Child(root, "general_settings") is { } g)
        {
            YamlMappingNode general = reader.Mapping(g, "general_settings");
            foreach ((YamlNode k, YamlNode v) in general.Children)
            {
                string name = ConfigReader.Name(k);
                if (!GeneralKeys.Contains(name))
                {
                    warnings.Add($"'general_settings.{name}' ({reader.Where(v)}) is not supported yet and has no effect.");
                }
            }

            if (ConfigReader.Child(general, "master_key") is { } mk && reader.Scalar(mk, "general_settings.master_key") is { Length: > 0 } key)
            {
                // LiteLLM refuses a master key without the prefix its virtual keys carry; so do we.
                masterKey = key.StartsWith("sk-", StringComparison.Ordinal) ? key : throw reader.Error("general_settings.master_key", mk, "must start with 'sk-'");
            }

            if (ConfigReader.Child(general, "database_url") is { } db && reader.Scalar(db, "general_settings.database_url") is { Length: > 0 } url)
            {
                (databasePath, postgres, schema) = DatabaseUrl.Parse(url, baseDirectory, message => reader.Error("general_settings.database_url", db, message));
            }

            if (ConfigReader.Child(general, "max_request_size_mb") is { } size && reader.Double(size, "general_settings.max_request_size_mb") is { } mb)
            {
                maxBody = mb > 0 ? (long)(mb * 1024 * 1024) : throw reader.Error("general_settings.max_request_size_mb", size, "must be greater than 0");
            }

            if (ConfigReader.Child(general, "mcp_server_url_allowlist") is { } allow)
            {
                foreach (YamlNode entry in reader.Sequence(allow, "general_settings.mcp_server_url_allowlist").Children)
                {
                    string? prefix = reader.Scalar(entry, "general_settings.mcp_server_url_allowlist");
                    mcpAllowlist.Add(Uri.TryCreate(prefix, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
                        ? prefix!
                        : throw reader.Error("general_settings.mcp_server_url_allowlist", entry, $"'{prefix}' is not an absolute http(s) URL prefix"));
                }
            }
        }

        return new GatewayConfig
        {
            Deployments = deployments,
            MasterKey = masterKey,
            StoreKind = postgres is null ? GatewayStoreKind.Sqlite : GatewayStoreKind.Postgres,
            DatabasePath = databasePath,
            PostgresConnectionString = postgres,
            PostgresSchema = schema,
            MaxRequestBodyBytes = maxBody,
            McpServerUrlAllowlist = mcpAllowlist,
            Router = router,
            RouterConfigured = ConfigReader.Child(root, "router_settings") is YamlMappingNode { Children.Count: > 0 },
            Warnings = warnings,
        };
    }

    internal static bool IsLimitKey(string name) => LimitKeys.Contains(name);

    /// <summary>
    /// The settings that are parsed and validated but not applied: logged at start-up so a LiteLLM user knows, instead
    /// of finding out in production. Everything else of <c>router_settings</c>, <c>litellm_params</c> limits and
    /// <c>model_info</c> prices is applied by the pipelines (docs/gateway.md, "Pipeline").
    /// </summary>
    public IEnumerable<string> ParsedButNotApplied()
    {
        if (!LoadBalancingStrategyNames.TryParse(Router.RoutingStrategy, out _))
        {
            yield return $"router_settings.routing_strategy '{Router.RoutingStrategy}' (simple-shuffle is used instead)";
        }
    }
}
