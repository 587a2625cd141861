using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace Responses.Gateway.Configuration;

/// <summary>
/// Merges an <see cref="IConfiguration"/> section (appsettings.json, environment variables, command line) over the
/// config.yaml tree before it is validated, so both sources use the same keys (<c>general_settings:master_key</c>,
/// <c>model_list:0:litellm_params:api_key</c>…) and the same checks. A value set here wins over config.yaml.
/// </summary>
internal static class ConfigurationOverlay
{
    /// <summary>The section read: <c>Gateway</c> (environment: <c>Gateway__general_settings__master_key</c>).</summary>
    public const string SectionName = "Gateway";

    public static void Apply(YamlMappingNode root, IConfiguration configuration, Dictionary<YamlNode, string> sources)
    {
        IConfigurationSection section = configuration.GetSection(SectionName);
        foreach (IConfigurationSection child in section.GetChildren())
        {
            Merge(root, child, sources);
        }
    }

    private static void Merge(YamlNode parent, IConfigurationSection section, Dictionary<YamlNode, string> sources)
    {
        bool hasChildren = section.GetChildren().Any();
        if (parent is YamlSequenceNode sequence && int.TryParse(section.Key, out int index) && index >= 0)
        {
            while (sequence.Children.Count <= index)
            {
                var added = new YamlMappingNode();
                sources[added] = section.Path;
                sequence.Children.Add(added);
            }

            if (hasChildren)
            {
                Into(sequence.Children[index], section, sources, node => sequence.Children[index] = node);
            }
            else
            {
                sequence.Children[index] = Leaf(section, sources);
            }

            return;
        }

        if (parent is not YamlMappingNode mapping)
        {
            return;
        }

        var key = new YamlScalarNode(section.Key);
        if (!hasChildren)
        {
            mapping.Children[key] = Leaf(section, sources);
            return;
        }

        mapping.Children.TryGetValue(key, out YamlNode? existing);
        Into(existing, section, sources, node => mapping.Children[key] = node);
    }

    private static void Into(YamlNode? existing, IConfigurationSection section, Dictionary<YamlNode, string> sources, Action<YamlNode> replace)
    {
        bool isList = section.GetChildren().All(c => int.TryParse(c.Key, out _));
        YamlNode target = existing switch
        {
            YamlSequenceNode s when isList => s,
            YamlMappingNode m when !isList => m,
            _ => isList ? new YamlSequenceNode() : new YamlMappingNode(),
        };
        if (!ReferenceEquals(target, existing))
        {
            sources[target] = section.Path;
            replace(target);
        }

        foreach (IConfigurationSection child in section.GetChildren().OrderBy(c => int.TryParse(c.Key, out int i) ? i : 0))
        {
            Merge(target, child, sources);
        }
    }

    private static YamlScalarNode Leaf(IConfigurationSection section, Dictionary<YamlNode, string> sources)
    {
        var node = new YamlScalarNode(section.Value ?? string.Empty) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        sources[node] = section.Path;
        return node;
    }
}
