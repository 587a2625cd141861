using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The serializer settings of the Converse wire types.</summary>
internal static class BedrockJson
{
    // Bodies are JSON, not HTML: non-ASCII text is written as it is.
    public static readonly JsonSerializerOptions Options = new(BedrockJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly BedrockJsonContext Context = new(Options);

    public static JsonTypeInfo<BedrockConverseRequest> Request => Context.BedrockConverseRequest;

    public static JsonTypeInfo<BedrockConverseResponse> Response => Context.BedrockConverseResponse;

    public static JsonTypeInfo<BedrockStreamEvent> StreamEvent => Context.BedrockStreamEvent;

    public static JsonTypeInfo<BedrockErrorBody> ErrorBody => Context.BedrockErrorBody;

    public static JsonTypeInfo<List<BedrockContentBlock>> Blocks => Context.ListBedrockContentBlock;

    public static JsonTypeInfo<System.Text.Json.Nodes.JsonObject> JsonObject => Context.JsonObject;

    /// <summary>Compact JSON of an element.</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Context.JsonElement);
}
