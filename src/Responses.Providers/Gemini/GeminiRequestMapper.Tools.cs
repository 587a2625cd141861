using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

// Function tools become one tool with functionDeclarations; tool_choice becomes toolConfig. Tools of a type the
// library does not know are Gemini-native tools (googleSearch, codeExecution, urlContext…) and pass through.
internal sealed partial class GeminiRequestMapper
{
    // Keywords of Gemini's OpenAPI Schema subset (used when UseOpenApiSchemaSubset is set); others are removed.
    private static readonly HashSet<string> OpenApiKeywords = new(StringComparer.Ordinal)
    {
        "type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems", "properties", "required",
        "minProperties", "maxProperties", "minLength", "maxLength", "pattern", "example", "anyOf", "propertyOrdering",
        "default", "items", "minimum", "maximum",
    };

    private void MapTools(CreateResponseRequest request, GeminiGenerateContentRequest body)
    {
        IList<ResponseTool> tools = request.Tools ?? [];
        var declarations = new List<GeminiFunctionDeclaration>();
        var native = new List<GeminiTool>();
        for (int i = 0; i < tools.Count; i++)
        {
            switch (tools[i])
            {
                case FunctionTool function:
                    if (string.IsNullOrEmpty(function.Name))
                    {
                        throw Invalid("A function tool needs a name.", $"tools[{i}].name");
                    }

                    JsonElement? schema = function.Parameters is { ValueKind: JsonValueKind.Object } p ? p : null;
                    declarations.Add(new GeminiFunctionDeclaration
                    {
                        Name = function.Name,
                        Description = function.Description,
                        ParametersJsonSchema = _options.UseOpenApiSchemaSubset ? null : schema,
                        Parameters = _options.UseOpenApiSchemaSubset && schema is { } s ? ToOpenApiSubset(s) : null,
                    });
                    break;
                case UnknownResponseTool unknown:
                    var extension = new Dictionary<string, JsonElement>(unknown.AdditionalProperties ?? new Dictionary<string, JsonElement>(), StringComparer.Ordinal);
                    extension.Remove("type");
                    extension.TryAdd(unknown.Type, JsonDocument.Parse("{}").RootElement.Clone());
                    native.Add(new GeminiTool { ExtensionData = extension });
                    break;
                default:
                    throw Invalid($"Tools of type '{tools[i].Type}' are not supported by the Gemini provider yet; use function tools.", $"tools[{i}]");
            }
        }

        if (declarations.Count > 0)
        {
            native.Insert(0, new GeminiTool { FunctionDeclarations = declarations });
            body.ToolConfig = MapToolChoice(request.ToolChoice);
        }

        body.Tools = native.Count > 0 ? native : null;
    }

    private GeminiToolConfig? MapToolChoice(ToolChoice? choice)
    {
        if (choice is null)
        {
            return null;
        }

        GeminiFunctionCallingConfig config;
        if (choice.Mode is { } mode)
        {
            config = mode switch
            {
                "auto" => new GeminiFunctionCallingConfig { Mode = "AUTO" },
                "required" => new GeminiFunctionCallingConfig { Mode = "ANY" },
                "none" => new GeminiFunctionCallingConfig { Mode = "NONE" },
                _ => throw Invalid($"Unknown tool_choice '{mode}'.", "tool_choice"),
            };
        }
        else
        {
            config = choice.Tool switch
            {
                FunctionToolChoice { Name: { Length: > 0 } name } => new GeminiFunctionCallingConfig { Mode = "ANY", AllowedFunctionNames = [name] },
                AllowedToolsToolChoice allowed => new GeminiFunctionCallingConfig
                {
                    // allowedFunctionNames only applies in ANY mode: "auto" with a subset cannot be expressed, so it
                    // stays AUTO over every declared function.
                    Mode = allowed.Mode == "required" ? "ANY" : "AUTO",
                    AllowedFunctionNames = allowed.Mode == "required" ? [.. allowed.Tools.OfType<FunctionToolChoice>().Select(t => t.Name!)] : null,
                },
                _ => throw Invalid($"tool_choice of type '{choice.Tool?.Type}' is not supported by the Gemini provider.", "tool_choice"),
            };
        }

        return new GeminiToolConfig { FunctionCallingConfig = config };
    }

    /// <summary>A JSON Schema reduced to Gemini's OpenAPI subset: unknown keywords removed, <c>type: [x, "null"]</c> becomes <c>nullable</c>.</summary>
    internal static JsonElement ToOpenApiSubset(JsonElement schema) =>
        JsonSerializer.SerializeToElement(Reduce(JsonNode.Parse(schema.GetRawText())), GeminiJsonContext.Default.JsonNode);

    private static JsonNode? Reduce(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }

        var result = new JsonObject();
        foreach ((string key, JsonNode? value) in obj)
        {
            if (!OpenApiKeywords.Contains(key))
            {
                continue;
            }

            if (key == "type" && value is JsonArray types)
            {
                string[] names = [.. types.Select(t => t?.GetValue<string>() ?? "null")];
                result["type"] = names.FirstOrDefault(n => n != "null") ?? "null";
                if (names.Contains("null"))
                {
                    result["nullable"] = true;
                }
            }
            else if (key == "properties" && value is JsonObject properties)
            {
                var reduced = new JsonObject();
                foreach ((string name, JsonNode? property) in properties)
                {
                    reduced[name] = Reduce(property);
                }

                result[key] = reduced;
            }
            else if (key == "anyOf" && value is JsonArray options)
            {
                result[key] = new JsonArray([.. options.Select(Reduce)]);
            }
            else
            {
                result[key] = key == "items" ? Reduce(value) : value?.DeepClone();
            }
        }

        return result;
    }
}
