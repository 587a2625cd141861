using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Maps a Responses request to a Converse body (see <c>docs/providers/bedrock.md</c>). Requests it cannot express
/// faithfully are rejected with a 400 <see cref="ResponsesException"/> whose <c>param</c> names the field.
/// </summary>
internal sealed partial class BedrockRequestMapper
{
    private readonly BedrockResponsesClientOptions _options;

    public BedrockRequestMapper(BedrockResponsesClientOptions options) => _options = options;

    /// <summary>Maps a request; returns the model id (for the URL) and the body.</summary>
    public (string Model, BedrockConverseRequest Body) Map(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RejectStatefulFeatures(request);
        string model = request.Model ?? _options.DefaultModel ?? throw Invalid("A model is required: set 'model' or the provider's DefaultModel.", "model");
        var body = new BedrockConverseRequest();
        var system = new List<BedrockContentBlock>();
        if (request.Instructions is { Length: > 0 } instructions)
        {
            system.Add(new BedrockContentBlock { Text = instructions });
        }

        body.Messages = MapInput(request.Input?.ToItems() ?? [], system);
        if (body.Messages.Count == 0)
        {
            throw Invalid("Bedrock needs at least one user or assistant message in 'input'.", "input");
        }

        body.System = system.Count > 0 ? system : null;
        body.ToolConfig = MapTools(request, body.Messages);
        body.InferenceConfig = MapInference(request);
        body.AdditionalModelRequestFields = MapAdditionalFields(request, model, body);
        body.GuardrailConfig = Extra(request, "guardrailConfig") ?? Extra(request, "guardrail_config");
        body.PerformanceConfig = Extra(request, "performanceConfig") ?? Extra(request, "performance_config");
        if (request.Metadata is { Count: > 0 } metadata)
        {
            // Converse keeps request metadata for invocation logs, like OpenAI's metadata.
            body.RequestMetadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        }

        return (model, body);
    }

    private void RejectStatefulFeatures(CreateResponseRequest request)
    {
        // Silently dropping these would lose context, so they fail until a store middleware provides them.
        if (request.PreviousResponseId is not null)
        {
            throw Invalid("The Bedrock provider is stateless: 'previous_response_id' needs a response store in the pipeline; send the whole conversation in 'input' instead.", "previous_response_id");
        }

        if (request.Conversation is not null)
        {
            throw Invalid("The Bedrock provider is stateless: 'conversation' needs a conversation store in the pipeline.", "conversation");
        }

        if (request.Background == true)
        {
            throw Invalid("The Bedrock provider cannot run responses in the background.", "background");
        }

        if (request.Prompt is not null)
        {
            throw Invalid("Stored prompt templates ('prompt') are an OpenAI feature; send the instructions and input instead.", "prompt");
        }
    }

    private static BedrockInferenceConfig? MapInference(CreateResponseRequest request)
    {
        var config = new BedrockInferenceConfig
        {
            MaxTokens = request.MaxOutputTokens,
            Temperature = request.Temperature,
            TopP = request.TopP,
        };

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

        return config.MaxTokens is null && config.Temperature is null && config.TopP is null && config.StopSequences is null ? null : config;
    }

    // Model-specific fields: the caller's own (additional_model_request_fields, passed through), then Claude's
    // thinking from reasoning.effort. Thinking needs maxTokens above the budget, so the cap is raised by the
    // budget when it is not (the requested cap still bounds the visible answer).
    private JsonElement? MapAdditionalFields(CreateResponseRequest request, string model, BedrockConverseRequest body)
    {
        JsonObject fields = (Extra(request, "additionalModelRequestFields") ?? Extra(request, "additional_model_request_fields")) is { ValueKind: JsonValueKind.Object } given
            ? JsonObject.Create(given)!
            : [];
        string? effort = request.Reasoning?.Effort?.Value;
        if (effort is not (null or "none") && IsClaude(model) && !fields.ContainsKey("thinking"))
        {
            if (!_options.ThinkingBudgets.TryGetValue(effort, out int budget))
            {
                throw Invalid($"Unknown reasoning effort '{effort}' (known: {string.Join(", ", _options.ThinkingBudgets.Keys)}).", "reasoning.effort");
            }

            fields["thinking"] = new JsonObject { ["type"] = "enabled", ["budget_tokens"] = budget };
            body.InferenceConfig ??= new BedrockInferenceConfig();
            int max = body.InferenceConfig.MaxTokens ?? Anthropic.AnthropicModelDefaults.MaxTokens(Anthropic.AnthropicModelDefaults.FamilyName(model));
            body.InferenceConfig.MaxTokens = budget >= max ? max + budget : max;
        }

        return fields.Count == 0 ? null : JsonSerializer.SerializeToElement(fields, BedrockJson.JsonObject);
    }

    /// <summary>Whether a model id (foundation model, inference profile or ARN) is an Anthropic Claude model.</summary>
    public static bool IsClaude(string model) => model.Contains("anthropic.claude", StringComparison.OrdinalIgnoreCase);

    private static JsonElement? Extra(WireObject source, string name) =>
        source.TryGetAdditionalProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private ResponsesException Invalid(string message, string param) =>
        new($"{_options.ProviderName}: {message}", 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param })
        {
            ProviderName = _options.ProviderName,
            IsRetriable = false,
        };
}
