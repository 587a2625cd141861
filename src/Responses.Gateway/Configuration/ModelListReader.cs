using Responses.Providers.Routing;
using YamlDotNet.RepresentationModel;

namespace Responses.Gateway.Configuration;

/// <summary>Reads and validates <c>model_list</c>: names, provider prefixes, settings, limits and <c>model_info</c>.</summary>
internal static class ModelListReader
{
    private static readonly ResponsesProviderFactory Providers = ResponsesProviderFactory.CreateDefault();

    public static IReadOnlyList<Deployment> Read(YamlMappingNode root, ConfigReader reader, List<string> warnings)
    {
        if (ConfigReader.Child(root, "model_list") is not { } listNode)
        {
            throw new GatewayConfigException("'model_list' is missing or empty: the gateway needs at least one deployment.");
        }

        YamlSequenceNode list = reader.Sequence(listNode, "model_list");
        if (list.Children.Count == 0)
        {
            throw new GatewayConfigException($"'model_list' is missing or empty: the gateway needs at least one deployment ({reader.Where(list)}).");
        }

        var deployments = new List<Deployment>();
        for (int i = 0; i < list.Children.Count; i++)
        {
            string key = $"model_list[{i}]";
            YamlMappingNode entry = reader.Mapping(list.Children[i], key);
            string modelName = reader.RequiredScalar(entry, "model_name", key);
            string paramsKey = key + ".litellm_params";
            if (ConfigReader.Child(entry, "litellm_params") is not YamlMappingNode parameters)
            {
                throw reader.Error(paramsKey, entry, "is missing or not a mapping");
            }

            string model = reader.RequiredScalar(parameters, "model", paramsKey);
            YamlNode modelNode = ConfigReader.Child(parameters, "model")!;
            int slash = model.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == model.Length - 1)
            {
                throw reader.Error(paramsKey + ".model", modelNode, $"'{model}' names no provider: use 'provider/model' with one of: {string.Join(", ", Providers.Prefixes)}");
            }

            if (!Providers.IsRegistered(model[..slash]))
            {
                throw reader.Error(paramsKey + ".model", modelNode, $"unknown provider '{model[..slash]}' in '{model}'; known providers: {string.Join(", ", Providers.Prefixes)}");
            }

            bool wildcardName = modelName == "*" || modelName.EndsWith("/*", StringComparison.Ordinal);
            bool wildcardModel = model.EndsWith("/*", StringComparison.Ordinal);
            if (wildcardModel && !wildcardName)
            {
                throw reader.Error(paramsKey + ".model", modelNode, $"'{model}' is a wildcard, so model_name must be '*' or end with '/*' (not '{modelName}')");
            }

            var settings = new ProviderSettings { GetEnvironmentVariable = reader.EnvironmentLookup };
            DeploymentLimits limits = ReadParameters(parameters, paramsKey, reader, settings);
            ModelInfo info = ConfigReader.Child(entry, "model_info") is { } infoNode
                ? ReadModelInfo(reader.Mapping(infoNode, key + ".model_info"), key + ".model_info", reader)
                : new ModelInfo();
            deployments.Add(new Deployment(modelName, model, settings) { Line = (int)entry.Start.Line, Limits = limits, Info = info });
        }

        return deployments;
    }

    private static DeploymentLimits ReadParameters(YamlMappingNode parameters, string paramsKey, ConfigReader reader, ProviderSettings settings)
    {
        var limits = new DeploymentLimits();
        foreach ((YamlNode k, YamlNode v) in parameters.Children)
        {
            string name = ConfigReader.Name(k);
            string fullKey = $"{paramsKey}.{name}";
            switch (name)
            {
                case "model":
                    break;
                case "api_key":
                    settings.ApiKey = reader.Scalar(v, fullKey);
                    break;
                case "api_base":
                    if (reader.Scalar(v, fullKey) is { } apiBase)
                    {
                        settings.ApiBase = Uri.TryCreate(apiBase, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
                            ? uri
                            : throw reader.Error(fullKey, v, $"'{apiBase}' is not an absolute http(s) URL");
                    }

                    break;
                case "api_version":
                    settings.ApiVersion = reader.Scalar(v, fullKey);
                    break;
                case "extra_headers" or "headers":
                    foreach ((YamlNode hk, YamlNode hv) in reader.Mapping(v, fullKey).Children)
                    {
                        string header = ConfigReader.Name(hk);
                        settings.Headers[header] = reader.Scalar(hv, $"{fullKey}.{header}") ?? string.Empty;
                    }

                    break;
                case "rpm":
                    limits = limits with { Rpm = reader.Int(v, fullKey) };
                    break;
                case "tpm":
                    limits = limits with { Tpm = reader.Long(v, fullKey) };
                    break;
                case "weight":
                    limits = limits with { Weight = reader.Double(v, fullKey) };
                    break;
                case "timeout":
                    limits = limits with { Timeout = reader.Seconds(v, fullKey) };
                    break;
                case "stream_timeout":
                    limits = limits with { StreamTimeout = reader.Seconds(v, fullKey) };
                    break;
                case "max_retries":
                    limits = limits with { MaxRetries = reader.Int(v, fullKey) };
                    break;
                default:
                    // aws_*, vertex_* and the other provider settings, by their LiteLLM names (docs/providers/routing.md).
                    settings.Parameters[name] = reader.Scalar(v, fullKey);
                    break;
            }
        }

        return limits;
    }

    private static ModelInfo ReadModelInfo(YamlMappingNode node, string key, ConfigReader reader)
    {
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var tokenLimits = new Dictionary<string, long>(StringComparer.Ordinal);
        var other = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? id = null, mode = null, baseModel = null;
        foreach ((YamlNode k, YamlNode v) in node.Children)
        {
            string name = ConfigReader.Name(k);
            string fullKey = $"{key}.{name}";
            if (name.Contains("cost", StringComparison.Ordinal))
            {
                if (reader.Decimal(v, fullKey) is { } price)
                {
                    prices[name] = price;
                }
            }
            else if (name is "max_tokens" or "max_input_tokens" or "max_output_tokens")
            {
                if (reader.Long(v, fullKey) is { } limit)
                {
                    tokenLimits[name] = limit;
                }
            }
            else if (name == "id")
            {
                id = reader.Scalar(v, fullKey);
            }
            else if (name == "mode")
            {
                mode = reader.Scalar(v, fullKey);
            }
            else if (name == "base_model")
            {
                baseModel = reader.Scalar(v, fullKey);
            }
            else
            {
                other[name] = v is YamlScalarNode ? reader.Scalar(v, fullKey) : v.ToString();
            }
        }

        return new ModelInfo { Id = id, Mode = mode, BaseModel = baseModel, Prices = prices, TokenLimits = tokenLimits, Other = other };
    }
}
