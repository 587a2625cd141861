using System.Globalization;
using Responses.Providers.Routing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Responses.Gateway;

/// <summary>A configuration error: names the key (and the line when known); the gateway stops with it.</summary>
internal sealed class GatewayConfigException(string message) : Exception(message);

/// <summary>One <c>model_list</c> entry.</summary>
internal sealed record Deployment(string ModelName, string Model, ProviderSettings Settings)
{
    public int Line { get; init; }
}

/// <summary>The gateway's configuration, read from LiteLLM's <c>config.yaml</c>.</summary>
internal sealed class GatewayConfig
{
    private const string EnvPrefix = "os.environ/";

    public IReadOnlyList<Deployment> Deployments { get; init; } = [];

    public string? MasterKey { get; init; }

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath { get; init; } = "responses.db";

    public static GatewayConfig Load(string path, Func<string, string?>? environment = null)
    {
        if (!File.Exists(path))
        {
            throw new GatewayConfigException($"Config file '{path}' not found.");
        }

        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Parse(File.ReadAllText(path), directory, environment);
    }

    public static GatewayConfig Parse(string yaml, string baseDirectory, Func<string, string?>? environment = null)
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

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new GatewayConfigException("The config must be a YAML mapping with a 'model_list'.");
        }

        var deployments = new List<Deployment>();
        if (Child(root, "model_list") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw new GatewayConfigException("'model_list' is missing or empty: the gateway needs at least one deployment.");
        }

        for (int i = 0; i < list.Children.Count; i++)
        {
            string key = $"model_list[{i}]";
            if (list.Children[i] is not YamlMappingNode entry)
            {
                throw Error(key, list.Children[i], "must be a mapping");
            }

            string modelName = RequiredScalar(entry, "model_name", key, environment);
            string paramsKey = key + ".litellm_params";
            if (Child(entry, "litellm_params") is not YamlMappingNode parameters)
            {
                throw Error(paramsKey, entry, "is missing or not a mapping");
            }

            string model = RequiredScalar(parameters, "model", paramsKey, environment);
            var settings = new ProviderSettings { GetEnvironmentVariable = environment };
            foreach ((YamlNode k, YamlNode v) in parameters.Children)
            {
                string name = ((YamlScalarNode)k).Value ?? string.Empty;
                string fullKey = $"{paramsKey}.{name}";
                switch (name)
                {
                    case "model":
                        break;
                    case "api_key":
                        settings.ApiKey = Scalar(v, fullKey, environment);
                        break;
                    case "api_base":
                        string? apiBase = Scalar(v, fullKey, environment);
                        if (apiBase is not null)
                        {
                            settings.ApiBase = Uri.TryCreate(apiBase, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
                                ? uri
                                : throw Error(fullKey, v, $"'{apiBase}' is not an absolute http(s) URL");
                        }

                        break;
                    case "api_version":
                        settings.ApiVersion = Scalar(v, fullKey, environment);
                        break;
                    case "extra_headers" or "headers" when v is YamlMappingNode headers:
                        foreach ((YamlNode hk, YamlNode hv) in headers.Children)
                        {
                            string header = ((YamlScalarNode)hk).Value ?? string.Empty;
                            settings.Headers[header] = Scalar(hv, $"{fullKey}.{header}", environment) ?? string.Empty;
                        }

                        break;
                    default:
                        settings.Parameters[name] = Scalar(v, fullKey, environment);
                        break;
                }
            }

            deployments.Add(new Deployment(modelName, model, settings) { Line = (int)entry.Start.Line });
        }

        string? masterKey = null;
        string databasePath = Path.Combine(baseDirectory, "responses.db");
        if (Child(root, "general_settings") is YamlMappingNode general)
        {
            if (Child(general, "master_key") is { } mk)
            {
                masterKey = Scalar(mk, "general_settings.master_key", environment);
            }

            if (Child(general, "database_url") is { } db && Scalar(db, "general_settings.database_url", environment) is { Length: > 0 } url)
            {
                databasePath = DatabasePathOf(url, baseDirectory, db);
            }
        }

        return new GatewayConfig { Deployments = deployments, MasterKey = masterKey, DatabasePath = databasePath };
    }

    private static string DatabasePathOf(string url, string baseDirectory, YamlNode node)
    {
        const string key = "general_settings.database_url";
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
            throw Error(key, node, $"only SQLite is supported for now (a file path or sqlite:// URL), not '{url[..url.IndexOf("://", StringComparison.Ordinal)]}://'");
        }
        else
        {
            path = url;
        }

        if (path.Length == 0)
        {
            throw Error(key, node, "names no file");
        }

        return Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    private static string RequiredScalar(YamlMappingNode node, string name, string parentKey, Func<string, string?> environment)
    {
        string key = $"{parentKey}.{name}";
        return Child(node, name) is { } value && Scalar(value, key, environment) is { Length: > 0 } text
            ? text
            : throw Error(key, node, "is required");
    }

    private static string? Scalar(YamlNode node, string key, Func<string, string?> environment)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Error(key, node, "must be a single value");
        }

        string? value = scalar.Value;
        if (value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "null" or "~" or ""))
        {
            return null;
        }

        if (value.StartsWith(EnvPrefix, StringComparison.Ordinal))
        {
            string variable = value[EnvPrefix.Length..];
            return environment(variable) is { Length: > 0 } resolved
                ? resolved
                : throw Error(key, node, $"environment variable '{variable}' is not set");
        }

        return value;
    }

    internal static GatewayConfigException Error(string key, YamlNode node, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Config error: '{key}' {message} (line {node.Start.Line})."));
}
