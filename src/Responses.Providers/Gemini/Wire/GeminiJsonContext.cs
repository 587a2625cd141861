using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Gemini.Wire;

/// <summary>Source-generated metadata of the Gemini wire types (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GeminiGenerateContentRequest))]
[JsonSerializable(typeof(GeminiGenerateContentResponse))]
[JsonSerializable(typeof(GeminiCountTokensResponse))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(GeminiErrorBody))]
[JsonSerializable(typeof(List<GeminiErrorBody>))]
[JsonSerializable(typeof(GeminiReasoningState))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class GeminiJsonContext : JsonSerializerContext;
