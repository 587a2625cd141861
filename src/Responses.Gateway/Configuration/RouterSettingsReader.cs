using YamlDotNet.RepresentationModel;

namespace Responses.Gateway.Configuration;

/// <summary>Reads and validates <c>router_settings</c>.</summary>
internal static class RouterSettingsReader
{
    public static RouterSettings Read(YamlMappingNode node, ConfigReader reader, IReadOnlyList<Deployment> deployments, List<string> warnings)
    {
        var settings = new RouterSettings();
        foreach ((YamlNode k, YamlNode v) in node.Children)
        {
            string name = ConfigReader.Name(k);
            string key = "router_settings." + name;
            switch (name)
            {
                case "routing_strategy":
                    string? strategy = reader.Scalar(v, key);
                    if (strategy is not null)
                    {
                        settings = RouterSettings.KnownStrategies.Contains(strategy)
                            ? settings with { RoutingStrategy = strategy }
                            : throw reader.Error(key, v, $"'{strategy}' is not a routing strategy; use one of: {string.Join(", ", RouterSettings.KnownStrategies)}");
                    }

                    break;
                case "fallbacks":
                    settings = settings with { Fallbacks = Fallbacks(v, key, reader, deployments) };
                    break;
                case "context_window_fallbacks":
                    settings = settings with { ContextWindowFallbacks = Fallbacks(v, key, reader, deployments) };
                    break;
                case "content_policy_fallbacks":
                    settings = settings with { ContentPolicyFallbacks = Fallbacks(v, key, reader, deployments) };
                    break;
                case "default_fallbacks":
                    YamlSequenceNode defaults = reader.Sequence(v, key);
                    var names = new List<string>();
                    for (int i = 0; i < defaults.Children.Count; i++)
                    {
                        string itemKey = $"{key}[{i}]";
                        string name2 = reader.Scalar(defaults.Children[i], itemKey) ?? throw reader.Error(itemKey, defaults.Children[i], "is empty");
                        if (!deployments.Any(d => d.Matches(name2)))
                        {
                            throw reader.Error(itemKey, defaults.Children[i], $"names model '{name2}', which is not a model_name in model_list");
                        }

                        names.Add(name2);
                    }

                    settings = settings with { DefaultFallbacks = names };
                    break;
                case "retry_after":
                    settings = settings with { RetryAfter = reader.Seconds(v, key) };
                    break;
                case "num_retries":
                    settings = settings with { NumRetries = reader.Int(v, key) };
                    break;
                case "timeout":
                    settings = settings with { Timeout = reader.Seconds(v, key) };
                    break;
                case "allowed_fails":
                    settings = settings with { AllowedFails = reader.Int(v, key) };
                    break;
                case "cooldown_time":
                    settings = settings with { CooldownTime = reader.Seconds(v, key) };
                    break;
                default:
                    warnings.Add($"'{key}' ({reader.Where(v)}) is not supported yet and has no effect.");
                    break;
            }
        }

        return settings;
    }

    /// <summary>LiteLLM's shape: a list of one-entry mappings, <c>[{"gpt-4o": ["claude", "gpt-4o-mini"]}]</c>.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Fallbacks(YamlNode node, string key, ConfigReader reader, IReadOnlyList<Deployment> deployments)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        YamlSequenceNode list = reader.Sequence(node, key);
        for (int i = 0; i < list.Children.Count; i++)
        {
            string entryKey = $"{key}[{i}]";
            foreach ((YamlNode k, YamlNode v) in reader.Mapping(list.Children[i], entryKey).Children)
            {
                string from = ConfigReader.Name(k);
                Known(from, $"{entryKey}.{from}", k);
                var targets = new List<string>();
                YamlSequenceNode targetList = v is YamlScalarNode ? new YamlSequenceNode(v) : reader.Sequence(v, $"{entryKey}.{from}");
                for (int j = 0; j < targetList.Children.Count; j++)
                {
                    string targetKey = $"{entryKey}.{from}[{j}]";
                    string target = reader.Scalar(targetList.Children[j], targetKey) ?? throw reader.Error(targetKey, targetList.Children[j], "is empty");
                    Known(target, targetKey, targetList.Children[j]);
                    targets.Add(target);
                }

                result[from] = targets;
            }
        }

        return result;

        void Known(string modelName, string at, YamlNode where)
        {
            if (!deployments.Any(d => d.Matches(modelName)))
            {
                throw reader.Error(at, where, $"names model '{modelName}', which is not a model_name in model_list");
            }
        }
    }
}
