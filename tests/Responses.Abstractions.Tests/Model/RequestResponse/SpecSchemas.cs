using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Reads schemas of an OpenAPI document: references, properties, union alternatives.</summary>
internal static class SpecSchemas
{
    public static JsonElement Schema(JsonElement spec, string name) =>
        spec.GetProperty("components").GetProperty("schemas").GetProperty(name);

    public static JsonElement Resolve(JsonElement spec, JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out JsonElement reference))
        {
            schema = Schema(spec, reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    /// <summary>The property names of an object schema, following <c>$ref</c> and <c>allOf</c>.</summary>
    public static SortedSet<string> PropertyNames(JsonElement spec, JsonElement schema)
    {
        schema = Resolve(spec, schema);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out JsonElement properties))
        {
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                names.Add(property.Name);
            }
        }

        if (schema.TryGetProperty("allOf", out JsonElement allOf))
        {
            foreach (JsonElement part in allOf.EnumerateArray())
            {
                names.UnionWith(PropertyNames(spec, part));
            }
        }

        return names;
    }

    public static SortedSet<string> PropertyNames(JsonElement spec, string schemaName) =>
        PropertyNames(spec, Schema(spec, schemaName));

    /// <summary>A property's schema, following <c>$ref</c> and <c>allOf</c>.</summary>
    public static JsonElement Property(JsonElement spec, JsonElement schema, string name)
    {
        schema = Resolve(spec, schema);
        if (schema.TryGetProperty("properties", out JsonElement properties) && properties.TryGetProperty(name, out JsonElement property))
        {
            return property;
        }

        if (schema.TryGetProperty("allOf", out JsonElement allOf))
        {
            foreach (JsonElement part in allOf.EnumerateArray())
            {
                JsonElement found = Property(spec, part, name);
                if (found.ValueKind != JsonValueKind.Undefined)
                {
                    return found;
                }
            }
        }

        return default;
    }

    /// <summary>
    /// The object alternatives of a union (through <c>oneOf</c>/<c>anyOf</c>, nested and referenced),
    /// each with its <c>type</c> discriminator values; <c>null</c> and non-object alternatives are skipped.
    /// </summary>
    public static List<(JsonElement Schema, List<string> Types)> ObjectAlternatives(JsonElement spec, JsonElement schema)
    {
        var result = new List<(JsonElement, List<string>)>();
        Collect(spec, schema, result);
        return result;
    }

    /// <summary>The string values a union accepts (its string enum alternatives).</summary>
    public static List<string> StringAlternatives(JsonElement spec, JsonElement schema)
    {
        var result = new List<string>();
        CollectStrings(spec, schema, result);
        return result;
    }

    private static void Collect(JsonElement spec, JsonElement schema, List<(JsonElement, List<string>)> result)
    {
        schema = Resolve(spec, schema);
        bool union = false;
        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out JsonElement alternatives))
            {
                union = true;
                foreach (JsonElement alternative in alternatives.EnumerateArray())
                {
                    Collect(spec, alternative, result);
                }
            }
        }

        if (union || !IsObject(schema))
        {
            return;
        }

        var types = new List<string>();
        JsonElement type = Property(spec, schema, "type");
        if (type.ValueKind == JsonValueKind.Object)
        {
            if (type.TryGetProperty("enum", out JsonElement values))
            {
                types.AddRange(values.EnumerateArray().Select(v => v.GetString()!));
            }
            else if (type.TryGetProperty("const", out JsonElement constant))
            {
                types.Add(constant.GetString()!);
            }
        }

        result.Add((schema, types));
    }

    private static void CollectStrings(JsonElement spec, JsonElement schema, List<string> result)
    {
        schema = Resolve(spec, schema);
        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out JsonElement alternatives))
            {
                foreach (JsonElement alternative in alternatives.EnumerateArray())
                {
                    CollectStrings(spec, alternative, result);
                }
            }
        }

        if (schema.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String && t.GetString() == "string"
            && schema.TryGetProperty("enum", out JsonElement values))
        {
            result.AddRange(values.EnumerateArray().Select(v => v.GetString()!));
        }
    }

    private static bool IsObject(JsonElement schema) =>
        (schema.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object")
        || schema.TryGetProperty("properties", out _)
        || schema.TryGetProperty("allOf", out _);
}
