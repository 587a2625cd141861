using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Providers.Gemini.Wire;

/// <summary>The serializer settings of the Gemini wire types.</summary>
internal static class GeminiJson
{
    // Bodies are JSON, not HTML: non-ASCII text and '<', '>', '&' are written as they are.
    public static readonly JsonSerializerOptions Options = new(GeminiJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly GeminiJsonContext Context = new(Options);

    public static JsonTypeInfo<GeminiGenerateContentRequest> Request => Context.GeminiGenerateContentRequest;

    public static JsonTypeInfo<GeminiGenerateContentResponse> Response => Context.GeminiGenerateContentResponse;

    public static JsonTypeInfo<GeminiCountTokensResponse> CountTokensResponse => Context.GeminiCountTokensResponse;

    public static JsonTypeInfo<System.Text.Json.Nodes.JsonObject> Object => Context.JsonObject;

    public static JsonTypeInfo<GeminiErrorBody> ErrorBody => Context.GeminiErrorBody;

    public static JsonTypeInfo<GeminiReasoningState> ReasoningState => Context.GeminiReasoningState;

    public static JsonTypeInfo<JsonElement> Element => Context.JsonElement;

    /// <summary>Compact JSON of an element (function arguments are sent on as compact JSON text).</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Context.JsonElement);
}
