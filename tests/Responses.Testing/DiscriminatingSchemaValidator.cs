using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Responses.Testing;

/// <summary>
/// NJsonSchema's validator with a fast path for discriminated unions: when a schema is only an <c>anyOf</c> whose
/// branches are objects with a constant <c>type</c>, an object is validated against the branches whose <c>type</c>
/// matches (plus branches without a constant <c>type</c>) instead of all of them. The result is the same as plain
/// anyOf, because the other branches would reject the value on <c>type</c> anyway; only unknown discriminators take the slow path.
/// </summary>
internal sealed class DiscriminatingSchemaValidator : JsonSchemaValidator
{
    private static readonly ConditionalWeakTable<JsonSchema, UnionMap> Maps = [];

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        if (token is JObject obj && obj.TryGetValue("type", StringComparison.Ordinal, out var typeToken) && typeToken.Type == JTokenType.String)
        {
            var map = Maps.GetValue(schema, UnionMap.Build);
            if (map.IsUnion)
            {
                var candidates = map.Candidates((string)typeToken!);
                if (candidates.Count == 1)
                {
                    return Validate(token, candidates[0].ActualSchema, schemaType, propertyName, propertyPath);
                }

                if (candidates.Count > 1)
                {
                    var errors = new Dictionary<JsonSchema, ICollection<ValidationError>>();
                    foreach (var candidate in candidates)
                    {
                        var e = Validate(token, candidate.ActualSchema, schemaType, propertyName, propertyPath);
                        if (e.Count == 0)
                        {
                            return [];
                        }

                        errors[candidate] = e;
                    }

                    return [new ChildSchemaValidationError(ValidationErrorKind.NotAnyOf, propertyName, propertyPath, errors, token, schema)];
                }
            }
        }

        return base.Validate(token, schema, schemaType, propertyName, propertyPath);
    }

    private sealed class UnionMap
    {
        private readonly Dictionary<string, List<JsonSchema>> byType = new(StringComparer.Ordinal);
        private readonly List<JsonSchema> open = [];

        public bool IsUnion { get; private set; }

        public IReadOnlyList<JsonSchema> Candidates(string type) =>
            byType.TryGetValue(type, out var list) ? (open.Count == 0 ? list : [.. list, .. open]) : open;

        public static UnionMap Build(JsonSchema schema)
        {
            var map = new UnionMap();
            var onlyAnyOf = schema.AnyOf.Count > 1 && schema.AllOf.Count == 0 && schema.OneOf.Count == 0 && schema.Not is null
                && schema.Type == JsonObjectType.None && schema.Properties.Count == 0 && schema.RequiredProperties.Count == 0
                && schema.Enumeration.Count == 0 && schema.AdditionalPropertiesSchema is null && schema.AllowAdditionalProperties
                && schema.PatternProperties.Count == 0;
            if (!onlyAnyOf)
            {
                return map;
            }

            foreach (var branch in schema.AnyOf)
            {
                var values = TypeValues(branch.ActualSchema, 0);
                if (values is null)
                {
                    map.open.Add(branch);
                    continue;
                }

                foreach (var v in values)
                {
                    if (!map.byType.TryGetValue(v, out var list))
                    {
                        list = [];
                        map.byType[v] = list;
                    }

                    list.Add(branch);
                }
            }

            map.IsUnion = map.byType.Count > 0;
            return map;
        }

        /// <summary>The constant values of an object schema's <c>type</c> property (looking into allOf), or <c>null</c>.</summary>
        private static List<string>? TypeValues(JsonSchema schema, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            if (schema.Properties.TryGetValue("type", out var typeProperty))
            {
                var values = typeProperty.ActualSchema.Enumeration.OfType<string>().ToList();
                if (values.Count > 0 && values.Count == typeProperty.ActualSchema.Enumeration.Count)
                {
                    return values;
                }
            }

            foreach (var part in schema.AllOf)
            {
                if (TypeValues(part.ActualSchema, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
    }
}
