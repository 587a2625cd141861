using System.Text.Json.Nodes;

namespace Responses.Testing;

/// <summary>
/// Rewrites OpenAPI 3.1 <c>components/schemas</c> into a JSON Schema document NJsonSchema validates faithfully:
/// <list type="bullet">
/// <item><c>#/components/schemas/X</c> refs become <c>#/definitions/X</c>;</item>
/// <item><c>const</c> becomes a one-value <c>enum</c>; OpenAPI 3.0 <c>nullable: true</c> adds <c>null</c>;</item>
/// <item><c>oneOf</c> becomes <c>anyOf</c> and <c>discriminator</c> is dropped (discriminated unions are checked as plain anyOf);</item>
/// <item><c>$ref</c> with sibling constraints becomes <c>allOf</c> (3.1 semantics; NJsonSchema would otherwise ignore the siblings);</item>
/// <item>annotations (<c>format</c>, <c>description</c>, <c>default</c>, <c>x-*</c>…) are dropped: in 2020-12 <c>format</c> does not assert.</item>
/// </list>
/// Unknown keywords (e.g. <c>$recursiveRef</c>, only used by file-search filters) are dropped, i.e. they accept anything.
/// </summary>
internal static class OpenApiSchemaConverter
{
    private const string ComponentPrefix = "#/components/schemas/";

    private static readonly HashSet<string> SchemaMapKeywords = ["properties", "patternProperties"];
    private static readonly HashSet<string> SchemaKeywords = ["items", "additionalProperties", "not"];
    private static readonly HashSet<string> SchemaListKeywords = ["anyOf", "allOf", "oneOf"];
    private static readonly HashSet<string> LiteralKeywords =
    [
        "type", "enum", "required", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties",
    ];

    /// <summary>Builds <c>{"definitions": {...}}</c> from the <c>components.schemas</c> of an OpenAPI document.</summary>
    public static JsonObject ToDefinitionsDocument(JsonObject openApiDocument)
    {
        var schemas = openApiDocument["components"]?["schemas"] as JsonObject
            ?? throw new InvalidOperationException("The OpenAPI document has no components.schemas.");
        var definitions = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            definitions[name] = Convert(schema);
        }

        return new JsonObject { ["definitions"] = definitions };
    }

    /// <summary>Converts one schema (recursively).</summary>
    public static JsonNode? Convert(JsonNode? schema)
    {
        if (schema is not JsonObject obj)
        {
            return schema?.DeepClone(); // boolean schemas
        }

        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (value is null && key != "enum")
            {
                continue;
            }

            if (key == "$ref")
            {
                var target = value!.GetValue<string>();
                result["$ref"] = target.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                    ? "#/definitions/" + target[ComponentPrefix.Length..]
                    : target;
            }
            else if (key == "const")
            {
                result["enum"] = new JsonArray(value?.DeepClone());
            }
            else if (SchemaMapKeywords.Contains(key) && value is JsonObject map)
            {
                var converted = new JsonObject();
                foreach (var (prop, sub) in map)
                {
                    converted[prop] = Convert(sub);
                }

                result[key] = converted;
            }
            else if (SchemaKeywords.Contains(key))
            {
                result[key] = Convert(value);
            }
            else if (SchemaListKeywords.Contains(key) && value is JsonArray list)
            {
                var target = key == "oneOf" ? "anyOf" : key;
                var converted = new JsonArray(list.Select(Convert).ToArray());
                if (result[target] is JsonArray existing)
                {
                    // Both anyOf and oneOf present: both must hold.
                    result.Remove(target);
                    result["allOf"] = new JsonArray(new JsonObject { ["anyOf"] = existing }, new JsonObject { ["anyOf"] = converted });
                }
                else
                {
                    result[target] = converted;
                }
            }
            else if (LiteralKeywords.Contains(key))
            {
                result[key] = value?.DeepClone();
            }
        }

        if (obj["nullable"] is JsonValue nullable && nullable.TryGetValue(out bool isNullable) && isNullable)
        {
            result = MakeNullable(result);
        }

        if (result.ContainsKey("$ref") && result.Count > 1)
        {
            var reference = result["$ref"]!.DeepClone();
            result.Remove("$ref");
            var allOf = result["allOf"] as JsonArray ?? [];
            result.Remove("allOf");
            allOf.Insert(0, new JsonObject { ["$ref"] = reference });
            result["allOf"] = allOf;
        }

        // NJsonSchema treats a schema whose allOf is a single $ref as a plain reference and ignores its other
        // keywords; move those keywords into a second allOf entry so that they still apply.
        if (result["allOf"] is JsonArray { Count: 1 } single && result.Count > 1)
        {
            var rest = new JsonObject();
            foreach (var key in result.Select(p => p.Key).Where(k => k != "allOf").ToList())
            {
                var value = result[key];
                result.Remove(key);
                rest[key] = value;
            }

            single.Add(rest);
        }

        return result;
    }

    private static JsonObject MakeNullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.TryGetValue(out string? single) && !schema.ContainsKey("$ref")
            && !schema.ContainsKey("anyOf") && !schema.ContainsKey("allOf"))
        {
            schema["type"] = new JsonArray(single, "null");
            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
