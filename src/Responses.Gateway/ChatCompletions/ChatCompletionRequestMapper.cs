using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway.ChatCompletions;

/// <summary>
/// Maps an inbound Chat Completions body onto a Responses request, so that <c>/v1/chat/completions</c> runs the same
/// pipeline as <c>/v1/responses</c>. What cannot be expressed is rejected with a 400 naming the field (see
/// <c>docs/gateway.md</c> for the table); nothing is dropped silently except the few fields listed there.
/// </summary>
internal static partial class ChatCompletionRequestMapper
{
    // Chat-only sampling settings: carried as additional properties, which the providers read (Anthropic and Gemini
    // take "stop" as stop sequences; chat completions servers get them verbatim; OpenAI's Responses API rejects them).
    private static readonly string[] PassThrough = ["stop", "seed", "logit_bias", "top_k", "min_p", "repetition_penalty"];

    // Chat Completions features with no Responses form in this gateway: a clear 400 rather than a silent drop.
    private static readonly (string Name, string Why)[] Unsupported =
    [
        ("audio", "audio output is not supported by the gateway"),
        ("prediction", "predicted outputs are not supported by the gateway"),
        ("web_search_options", "the chat completions web search is not supported by the gateway; use /v1/responses with a web_search tool"),
    ];

    /// <summary>
    /// The endpoint's parse-and-map steps on a raw body (the bad-input fuzz test runs them directly): null when the body is
    /// <c>null</c> or names no model; <see cref="JsonException"/> or a 4xx <see cref="ResponsesException"/> when it is refused.
    /// </summary>
    /// <param name="utf8Json">The request body.</param>
    /// <returns>The mapped request, or null.</returns>
    internal static CreateResponseRequest? ParseAndMap(ReadOnlySpan<byte> utf8Json)
    {
        ChatCompletionRequest? chat = JsonSerializer.Deserialize(utf8Json, ChatCompletionsJson.Request);
        return chat is null || string.IsNullOrEmpty(chat.Model) ? null : Map(chat).Request;
    }

    /// <summary>Maps a body.</summary>
    /// <param name="chat">The parsed body.</param>
    /// <returns>The Responses request (not stored: chat completions are not Responses objects), and whether the caller used the legacy <c>functions</c>.</returns>
    /// <exception cref="ResponsesException">400 when the body asks for something the bridge cannot do.</exception>
    public static (CreateResponseRequest Request, bool LegacyFunctions) Map(ChatCompletionRequest chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        RejectUnsupported(chat);
        var request = new CreateResponseRequest
        {
            Model = chat.Model,
            Input = new ResponseInput(MapMessages(chat.Messages)),
            Temperature = chat.Temperature,
            TopP = chat.TopP,
            PresencePenalty = chat.PresencePenalty,
            FrequencyPenalty = chat.FrequencyPenalty,
            MaxOutputTokens = chat.MaxCompletionTokens ?? chat.MaxTokens,
            ParallelToolCalls = chat.ParallelToolCalls,
            User = chat.User,
            Stream = chat.Stream,

            // Chat "store" keeps a completion for OpenAI's evals; it has no meaning here, and a chat completion is not
            // a response the caller could fetch, so nothing is written to the gateway's response store.
            Store = false,
        };

        if (chat.ReasoningEffort is { Length: > 0 } effort)
        {
            request.Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Create(effort) };
        }

        MapTextFormat(chat, request);
        bool legacy = MapTools(chat, request);
        if (legacy)
        {
            // The legacy function_call answer holds one call.
            request.ParallelToolCalls ??= false;
        }

        request.Metadata = Metadata(chat);
        if (String(chat, "service_tier") is { } tier)
        {
            request.ServiceTier = ServiceTier.Create(tier);
        }

        request.PromptCacheKey = String(chat, "prompt_cache_key");
        request.SafetyIdentifier = String(chat, "safety_identifier");
        if (String(chat, "verbosity") is { } verbosity)
        {
            (request.Text ??= new ResponseTextOptions()).Verbosity = TextVerbosity.Create(verbosity);
        }

        foreach (string name in PassThrough)
        {
            if (Extra(chat, name) is { } value)
            {
                request.SetAdditionalProperty(name, value);
            }
        }

        return (request, legacy);
    }

    /// <summary>Whether the caller asked for a usage chunk at the end of a stream.</summary>
    public static bool IncludeUsage(ChatCompletionRequest chat) => chat?.StreamOptions?.IncludeUsage == true;

    private static void RejectUnsupported(ChatCompletionRequest chat)
    {
        if (string.IsNullOrEmpty(chat.Model))
        {
            throw Invalid("Missing required parameter: 'model'.", "model", "missing_required_parameter");
        }

        if (chat.Messages.Count == 0)
        {
            throw Invalid("Missing required parameter: 'messages' (at least one message).", "messages", "missing_required_parameter");
        }

        if (Extra(chat, "n") is { } n && !(n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out int count) && count == 1))
        {
            throw Invalid("Only n=1 is supported: the gateway returns one choice per request; send several requests for several choices.", "n");
        }

        if (chat.Logprobs == true || chat.TopLogprobs is > 0)
        {
            throw Invalid("logprobs are not supported by the gateway's chat completions endpoint; use /v1/responses with include=[\"message.output_text.logprobs\"].",
                chat.Logprobs == true ? "logprobs" : "top_logprobs");
        }

        if (Extra(chat, "modalities") is { ValueKind: JsonValueKind.Array } modalities &&
            modalities.EnumerateArray().Any(m => m.ValueKind != JsonValueKind.String || m.GetString() != "text"))
        {
            throw Invalid("Only the 'text' output modality is supported by the gateway.", "modalities");
        }

        foreach ((string name, string why) in Unsupported)
        {
            if (Extra(chat, name) is not null)
            {
                throw Invalid($"'{name}' is not supported: {why}.", name);
            }
        }
    }

    private static void MapTextFormat(ChatCompletionRequest chat, CreateResponseRequest request)
    {
        switch (chat.ResponseFormat?.Type)
        {
            case null or "text":
                break;
            case "json_object":
                request.Text = new ResponseTextOptions { Format = new JsonObjectResponseFormat() };
                break;
            case "json_schema" when chat.ResponseFormat.JsonSchema is { Name.Length: > 0 } schema:
                request.Text = new ResponseTextOptions
                {
                    Format = new JsonSchemaResponseFormat { Name = schema.Name, Description = schema.Description, Schema = schema.Schema, Strict = schema.Strict },
                };
                break;
            case "json_schema":
                throw Invalid("A json_schema response_format needs 'json_schema' with a 'name'.", "response_format.json_schema");
            default:
                throw Invalid($"Unknown response_format type '{chat.ResponseFormat.Type}': use text, json_object or json_schema.", "response_format.type");
        }
    }

    private static Dictionary<string, string>? Metadata(ChatCompletionRequest chat)
    {
        if (Extra(chat, "metadata") is not { } metadata)
        {
            return null;
        }

        if (metadata.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("'metadata' must be an object of string values.", "metadata");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in metadata.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw Invalid($"metadata values must be strings ('{property.Name}' is not).", "metadata." + property.Name);
        }

        return result;
    }

    private static string? String(ChatCompletionRequest chat, string name) => Extra(chat, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw Invalid($"'{name}' must be a string.", name),
    };

    /// <summary>An additional (not modelled) property of the body, or null when absent or JSON null.</summary>
    private static JsonElement? Extra(ChatCompletionRequest chat, string name) =>
        chat.ExtensionData?.TryGetValue(name, out JsonElement value) == true && value.ValueKind != JsonValueKind.Null ? value : null;

    internal static ResponsesException Invalid(string message, string? param, string? code = null) =>
        new(message, 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param, Code = code }) { IsRetriable = false };
}
