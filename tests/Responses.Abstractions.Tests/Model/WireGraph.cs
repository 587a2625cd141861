using System.Collections;
using System.Reflection;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Walks a deserialized wire object graph to find unknown family members and unmodelled properties.</summary>
internal static class WireGraph
{
    /// <summary>Paths of objects read as an <c>Unknown*</c> class.</summary>
    public static List<string> FindUnknown(object root)
    {
        var found = new List<string>();
        Walk(root, "$", (value, path) =>
        {
            if (value.GetType().Name.StartsWith("Unknown", StringComparison.Ordinal))
            {
                found.Add($"{path} ({value.GetType().Name})");
            }
        });
        return found;
    }

    /// <summary>Paths and names of JSON properties kept in <see cref="WireObject.AdditionalProperties"/>.</summary>
    public static List<string> FindAdditionalProperties(object root)
    {
        var found = new List<string>();
        Walk(root, "$", (value, path) =>
        {
            if (value is WireObject { AdditionalProperties: { Count: > 0 } extra })
            {
                found.Add($"{path}: {string.Join(", ", extra.Keys)}");
            }
        });
        return found;
    }

    private static void Walk(object? value, string path, Action<object, string> visit)
    {
        switch (value)
        {
            case null or string:
                return;
            case ResponseTool:
                // Tool definitions (tool_search_output, additional_tools) belong to the tools family, modelled elsewhere.
                return;
            case MessageContent content:
                Walk(content.Parts, path, visit);
                return;
            case ToolCallOutputContent output:
                Walk(output.Parts, path, visit);
                return;
            case McpCallError error:
                Walk(error.Error, path, visit);
                return;
            case WireObject wire:
                visit(wire, path);
                foreach (PropertyInfo property in wire.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && property.Name != nameof(WireObject.AdditionalProperties))
                    {
                        Walk(property.GetValue(wire), $"{path}.{property.Name}", visit);
                    }
                }

                return;
            case IDictionary:
                return;
            case IEnumerable list:
                int i = 0;
                foreach (object? element in list)
                {
                    Walk(element, $"{path}[{i++}]", visit);
                }

                return;
        }
    }
}
