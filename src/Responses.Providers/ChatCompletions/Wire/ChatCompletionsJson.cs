using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The serializer settings of the chat completions wire types.</summary>
internal static class ChatCompletionsJson
{
    // Bodies are JSON, not HTML: non-ASCII text and '<', '>', '&' are written as they are.
    public static readonly JsonSerializerOptions Options = new(ChatCompletionsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ChatCompletionsJsonContext Context = new(Options);

    public static JsonTypeInfo<ChatCompletionRequest> Request => Context.ChatCompletionRequest;

    public static JsonTypeInfo<ChatCompletion> Completion => Context.ChatCompletion;

    public static JsonTypeInfo<List<JsonElement>> Elements => Context.ListJsonElement;

    public static JsonTypeInfo<JsonElement> Element => Context.JsonElement;

    public static JsonTypeInfo<string> String => Context.String;

    public static JsonTypeInfo<System.Text.Json.Nodes.JsonNode> Node => Context.JsonNode;
}
