using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Walks the public object graph of a wire value, to find objects read as "Unknown…" classes.</summary>
internal static class WireGraphWalker
{
    public static List<string> UnknownObjects(object root, params string[] skipProperties)
    {
        var found = new List<string>();
        Walk(root, "$", 0, found, skipProperties);
        return found;
    }

    private static void Walk(object value, string path, int depth, List<string> found, string[] skip)
    {
        Type type = value.GetType();
        if (type.Name.StartsWith("Unknown", StringComparison.Ordinal))
        {
            found.Add($"{path}: {type.Name}");
        }

        if (depth > 40 || value is string || value is JsonElement || type.IsValueType)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Value is not null)
                {
                    Walk(entry.Value, $"{path}.{entry.Key}", depth + 1, found, skip);
                }
            }

            return;
        }

        if (value is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? element in sequence)
            {
                if (element is not null)
                {
                    Walk(element, $"{path}[{index}]", depth + 1, found, skip);
                }

                index++;
            }

            return;
        }

        if (type.Namespace != "Responses")
        {
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == nameof(WireObject.AdditionalProperties)
                || (depth == 0 && skip.Contains(property.Name)))
            {
                continue;
            }

            if (property.GetValue(value) is { } child)
            {
                Walk(child, $"{path}.{property.Name}", depth + 1, found, skip);
            }
        }
    }
}
