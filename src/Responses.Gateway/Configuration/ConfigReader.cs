using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Responses.Gateway.Configuration;

/// <summary>
/// Reads typed values from the config tree, resolving <c>os.environ/NAME</c>; every error names the key and
/// where the value came from (its config.yaml line, or the appsettings/environment key that set it).
/// </summary>
internal sealed class ConfigReader(Func<string, string?> environment, IReadOnlyDictionary<YamlNode, string> overlaySources)
{
    private const string EnvPrefix = "os.environ/";

    /// <summary>The environment lookup (also given to the providers for their default variables).</summary>
    public Func<string, string?> EnvironmentLookup => environment;

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    public GatewayConfigException Error(string key, YamlNode node, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Config error: '{key}' {message} ({Where(node)})."));

    public string Where(YamlNode node) => overlaySources.TryGetValue(node, out string? source)
        ? $"from configuration key '{source}'"
        : string.Create(CultureInfo.InvariantCulture, $"line {node.Start.Line}");

    public string RequiredScalar(YamlMappingNode node, string name, string parentKey)
    {
        string key = $"{parentKey}.{name}";
        return Child(node, name) is { } value && Scalar(value, key) is { Length: > 0 } text
            ? text
            : throw Error(key, node, "is required");
    }

    public string? Scalar(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Error(key, node, "must be a single value");
        }

        string? value = scalar.Value;
        if (value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "null" or "~" or "" or "None"))
        {
            return null;
        }

        if (value.StartsWith(EnvPrefix, StringComparison.Ordinal))
        {
            string variable = value[EnvPrefix.Length..];
            return environment(variable) is { Length: > 0 } resolved
                ? resolved
                : throw Error(key, node, $"refers to environment variable '{variable}', which is not set");
        }

        return value;
    }

    public int? Int(YamlNode node, string key, int min = 0) =>
        Scalar(node, key) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min ? value
        : throw Error(key, node, $"must be an integer >= {min}, not '{text}'");

    public long? Long(YamlNode node, string key) =>
        Scalar(node, key) is not { } text ? null
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= 0 ? value
        : throw Error(key, node, $"must be a non-negative integer, not '{text}'");

    public double? Double(YamlNode node, string key) =>
        Scalar(node, key) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 0 && double.IsFinite(value) ? value
        : throw Error(key, node, $"must be a non-negative number, not '{text}'");

    public decimal? Decimal(YamlNode node, string key) =>
        Scalar(node, key) is not { } text ? null
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) && value >= 0 ? value
        : throw Error(key, node, $"must be a non-negative number, not '{text}'");

    /// <summary>A duration given in seconds (LiteLLM's unit for timeout and cooldown_time).</summary>
    public TimeSpan? Seconds(YamlNode node, string key) =>
        Double(node, key) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    public YamlMappingNode Mapping(YamlNode node, string key) =>
        node as YamlMappingNode ?? throw Error(key, node, "must be a mapping");

    public YamlSequenceNode Sequence(YamlNode node, string key) =>
        node as YamlSequenceNode ?? throw Error(key, node, "must be a list");

    public static string Name(YamlNode key) => (key as YamlScalarNode)?.Value ?? string.Empty;
}
