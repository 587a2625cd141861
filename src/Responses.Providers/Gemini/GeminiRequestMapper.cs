using System.Text.Json;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>
/// Maps a Responses request to a <c>generateContent</c> body (see <c>docs/providers/gemini.md</c> for every rule).
/// Requests it cannot express faithfully are rejected with a 400 <see cref="ResponsesException"/> whose
/// <c>param</c> points at the offending field, before anything is sent.
/// </summary>
internal sealed partial class GeminiRequestMapper
{
    private readonly GeminiResponsesClientOptions _options;
    private readonly string _providerName;

    public GeminiRequestMapper(GeminiResponsesClientOptions options)
    {
        _options = options;
        _providerName = options.EffectiveProviderName;
    }

    /// <summary>Maps a request.</summary>
    public GeminiMappedRequest Map(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RejectStatefulFeatures(request);
        string model = request.Model ?? _options.DefaultModel ?? throw Invalid("A model is required: set 'model' or the provider's DefaultModel.", "model");
        if (model.StartsWith("models/", StringComparison.Ordinal))
        {
            model = model["models/".Length..];
        }

        var body = new GeminiGenerateContentRequest();
        var system = new List<GeminiPart>();
        if (request.Instructions is { Length: > 0 } instructions)
        {
            system.Add(new GeminiPart { Text = instructions });
        }

        body.Contents = MapInput(request.Input?.ToItems() ?? [], system);
        if (body.Contents.Count == 0)
        {
            throw Invalid("Gemini needs at least one user or assistant message in 'input'.", "input");
        }

        AddSkipSignatures(body.Contents, model);
        body.SystemInstruction = system.Count > 0 ? new GeminiContent { Parts = system } : null;
        MapTools(request, body);
        var config = new GeminiGenerationConfig();
        MapSampling(request, config);
        MapReasoning(request, config, model);
        MapTextFormat(request, config);
        bool empty = config is { MaxOutputTokens: null, Temperature: null, TopP: null, TopK: null, StopSequences: null, ResponseMimeType: null, ThinkingConfig: null, Seed: null };
        body.GenerationConfig = empty ? null : config;
        body.SafetySettings = Extra(request, "safety_settings");
        body.CachedContent = Extra(request, "cached_content")?.GetString();
        if (_options.IsVertex && request.Metadata is { Count: > 0 } metadata)
        {
            // Vertex AI bills by labels; AI Studio has no such field.
            body.Labels = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        }

        return new GeminiMappedRequest(model, body);
    }

    private void RejectStatefulFeatures(CreateResponseRequest request)
    {
        // Silently dropping these would lose context, so they fail until a store middleware provides them.
        if (request.PreviousResponseId is not null)
        {
            throw Invalid("The Gemini provider is stateless: 'previous_response_id' needs a response store in the pipeline; send the whole conversation in 'input' instead.", "previous_response_id");
        }

        if (request.Conversation is not null)
        {
            throw Invalid("The Gemini provider is stateless: 'conversation' needs a conversation store in the pipeline.", "conversation");
        }

        if (request.Background == true)
        {
            throw Invalid("The Gemini provider cannot run responses in the background.", "background");
        }

        if (request.Prompt is not null)
        {
            throw Invalid("Stored prompt templates ('prompt') are an OpenAI feature; send the instructions and input instead.", "prompt");
        }
    }

    private static void MapSampling(CreateResponseRequest request, GeminiGenerationConfig config)
    {
        config.MaxOutputTokens = request.MaxOutputTokens;
        config.Temperature = request.Temperature;
        config.TopP = request.TopP;
        if (Extra(request, "top_k") is { ValueKind: JsonValueKind.Number } topK && topK.TryGetInt32(out int k))
        {
            config.TopK = k;
        }

        if (Extra(request, "seed") is { ValueKind: JsonValueKind.Number } seed && seed.TryGetInt32(out int s))
        {
            config.Seed = s;
        }

        // Stop sequences are not a Responses field: they are read from "stop" (as in chat completions) or "stop_sequences".
        JsonElement? stop = Extra(request, "stop_sequences") ?? Extra(request, "stop");
        if (stop is { ValueKind: JsonValueKind.String } single)
        {
            config.StopSequences = [single.GetString()!];
        }
        else if (stop is { ValueKind: JsonValueKind.Array } list)
        {
            config.StopSequences = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
    }

    private void MapReasoning(CreateResponseRequest request, GeminiGenerationConfig config, string model)
    {
        string? effort = request.Reasoning?.Effort?.Value;
        bool summaries = request.Reasoning?.Summary is { } summary && summary != "none"
            || request.Reasoning?.GenerateSummary is { } generate && generate != "none";
        if (effort is null && !summaries)
        {
            return;
        }

        var thinking = new GeminiThinkingConfig { IncludeThoughts = summaries ? true : null };
        if (effort is not null)
        {
            if (GeminiThinking.UsesLevel(model))
            {
                thinking.ThinkingLevel = GeminiThinking.Level(effort);
            }
            else if (_options.ThinkingBudgets.TryGetValue(effort, out int budget))
            {
                thinking.ThinkingBudget = budget;
            }
            else
            {
                throw Invalid($"Unknown reasoning effort '{effort}' (known: {string.Join(", ", _options.ThinkingBudgets.Keys)}).", "reasoning.effort");
            }
        }

        config.ThinkingConfig = thinking;
    }

    private static void MapTextFormat(CreateResponseRequest request, GeminiGenerationConfig config)
    {
        switch (request.Text?.Format)
        {
            case JsonSchemaResponseFormat { Schema: { } schema }:
                config.ResponseMimeType = "application/json";
                config.ResponseJsonSchema = schema;
                break;
            case JsonObjectResponseFormat:
                config.ResponseMimeType = "application/json";
                break;
            default:
                break;
        }
    }

    private static JsonElement? Extra(WireObject source, string name) =>
        source.TryGetAdditionalProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private ResponsesException Invalid(string message, string param) =>
        new($"{_providerName}: {message}", 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param })
        {
            ProviderName = _providerName,
            IsRetriable = false,
        };
}
