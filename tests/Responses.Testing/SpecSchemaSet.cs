using System.Text.Json.Nodes;
using NJsonSchema;

namespace Responses.Testing;

/// <summary>One spec loaded into NJsonSchema: every <c>components/schemas</c> entry plus the stream-event map (type → schema).</summary>
internal sealed class SpecSchemaSet
{
    private readonly JsonSchema root;

    private SpecSchemaSet(ApiSpec spec, JsonSchema root, IReadOnlyDictionary<string, string> eventSchemas, string? responseSchema, string? requestSchema)
    {
        Spec = spec;
        this.root = root;
        EventSchemaByType = eventSchemas;
        ResponseSchema = responseSchema;
        RequestSchema = requestSchema;
    }

    public ApiSpec Spec { get; }

    /// <summary>Stream event <c>type</c> → the schema name of that event.</summary>
    public IReadOnlyDictionary<string, string> EventSchemaByType { get; }

    /// <summary>The schema of a response body (<c>Response</c> / <c>ResponseResource</c>), when the spec has one.</summary>
    public string? ResponseSchema { get; }

    /// <summary>The schema of a create request (<c>CreateResponse</c> / <c>CreateResponseBody</c>), when the spec has one.</summary>
    public string? RequestSchema { get; }

    public bool Has(string name) => root.Definitions.ContainsKey(name);

    public JsonSchema Get(string name) =>
        root.Definitions.TryGetValue(name, out var s)
            ? s
            : throw new ArgumentException($"The {Spec} spec has no components/schemas entry '{name}'.", nameof(name));

    public static SpecSchemaSet Load(ApiSpec spec, string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var definitions = OpenApiSchemaConverter.ToDefinitionsDocument(document);
        var root = JsonSchema.FromJsonAsync(definitions.ToJsonString()).GetAwaiter().GetResult();
        var schemas = document["components"]!["schemas"]!.AsObject();

        var eventUnion = spec == ApiSpec.OpenAI
            ? schemas["ResponseStreamEvent"]?["anyOf"] as JsonArray
            : document["paths"]?["/responses"]?["post"]?["responses"]?["200"]?["content"]?["text/event-stream"]?["schema"]?["oneOf"] as JsonArray;
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var branch in eventUnion ?? [])
        {
            var name = branch?["$ref"]?.GetValue<string>().Split('/')[^1];
            var typeSchema = name is null ? null : schemas[name]?["properties"]?["type"];
            var type = typeSchema?["enum"] is JsonArray { Count: 1 } e ? e[0]?.GetValue<string>() : typeSchema?["const"]?.GetValue<string>();
            if (name is not null && type is not null)
            {
                events.TryAdd(type, name);
            }
        }

        string? Pick(params string[] names) => names.FirstOrDefault(n => schemas.ContainsKey(n));
        return new SpecSchemaSet(
            spec,
            root,
            events,
            Pick("Response", "ResponseResource"),
            Pick("CreateResponse", "CreateResponseBody"));
    }
}
