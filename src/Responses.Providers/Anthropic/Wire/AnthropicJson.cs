using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>The serializer settings of the Messages API wire types.</summary>
internal static class AnthropicJson
{
    // Bodies are JSON, not HTML: non-ASCII text and '<', '>', '&' are written as they are.
    public static readonly JsonSerializerOptions Options = new(AnthropicJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly AnthropicJsonContext Context = new(Options);

    public static JsonTypeInfo<AnthropicMessagesRequest> Request => Context.AnthropicMessagesRequest;

    public static JsonTypeInfo<AnthropicMessage> Message => Context.AnthropicMessage;

    public static JsonTypeInfo<AnthropicCountTokensRequest> CountTokensRequest => Context.AnthropicCountTokensRequest;

    /// <summary>The answer of <c>count_tokens</c> (<c>{"input_tokens":n}</c>).</summary>
    public static JsonTypeInfo<AnthropicUsage> CountTokensResult => Context.AnthropicUsage;

    public static JsonTypeInfo<AnthropicStreamEvent> StreamEvent => Context.AnthropicStreamEvent;

    public static JsonTypeInfo<AnthropicErrorBody> ErrorBody => Context.AnthropicErrorBody;

    public static JsonTypeInfo<AnthropicContentBlock> Block => Context.AnthropicContentBlock;

    public static JsonTypeInfo<List<AnthropicContentBlock>> Blocks => Context.ListAnthropicContentBlock;

    /// <summary>Compact JSON of an element (tool arguments are sent on as compact JSON text).</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Context.JsonElement);
}
