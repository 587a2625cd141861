using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// Source-generated metadata for the whole wire model. Every concrete type a polymorphic converter can
/// produce must be listed here. Use <see cref="ResponsesJson.Options"/> rather than this context
/// directly: those options add the presence tracking that makes round-trips exact.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = false)]
// Common
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IDictionary<string, string>))]
// Items
[JsonSerializable(typeof(ResponseItem))]
[JsonSerializable(typeof(List<ResponseItem>))]
[JsonSerializable(typeof(IList<ResponseItem>))]
[JsonSerializable(typeof(UnknownResponseItem))]
[JsonSerializable(typeof(MessageItem))]
[JsonSerializable(typeof(FunctionCallItem))]
// Content
[JsonSerializable(typeof(ContentPart))]
[JsonSerializable(typeof(List<ContentPart>))]
[JsonSerializable(typeof(IList<ContentPart>))]
[JsonSerializable(typeof(UnknownContentPart))]
[JsonSerializable(typeof(InputTextPart))]
[JsonSerializable(typeof(OutputTextPart))]
internal sealed partial class ResponsesJsonContext : JsonSerializerContext
{
}
