using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Responses.ExtensionsAI;

// Source-generated metadata for the few plain JSON shapes the mappers write.
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ExtensionsAIJsonContext : JsonSerializerContext;
