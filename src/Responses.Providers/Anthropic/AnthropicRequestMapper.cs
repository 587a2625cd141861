using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>
/// Maps a Responses request to a Messages API body (see <c>docs/providers/anthropic.md</c> for every rule).
/// Requests it cannot express faithfully are rejected with a 400 <see cref="ResponsesException"/> whose
/// <c>param</c> points at the offending field, before anything is sent.
/// </summary>
internal sealed partial class AnthropicRequestMapper
{
    /// <summary>The beta of the Files API, needed by <c>file</c> sources (input parts given by <c>file_id</c>).</summary>
    public const string FilesApiBeta = "files-api-2025-04-14";

    private static readonly JsonElement EphemeralCache = JsonDocument.Parse("""{"type":"ephemeral"}""").RootElement.Clone();
    /// <summary>The schema sent for functions without parameters.</summary>
    public static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    private readonly AnthropicResponsesClientOptions _options;

    public AnthropicRequestMapper(AnthropicResponsesClientOptions options) => _options = options;

    /// <summary>Maps a request.</summary>
    /// <param name="request">The request (not changed).</param>
    /// <param name="stream">Whether the body asks for a stream.</param>
    /// <returns>The body and the betas it needs.</returns>
    /// <exception cref="ResponsesException">400 when the request uses something Anthropic cannot do.</exception>
    public AnthropicMappedRequest Map(CreateResponseRequest request, bool stream)
    {
        ArgumentNullException.ThrowIfNull(request);
        RejectStatefulFeatures(request);
        string model = request.Model ?? _options.DefaultModel ?? throw Invalid("A model is required: set 'model' or the provider's DefaultModel.", "model");
        var betas = new List<string>();
        var body = new AnthropicMessagesRequest { Model = model, Stream = stream ? true : null };

        var system = new List<AnthropicContentBlock>();
        if (request.Instructions is { Length: > 0 } instructions)
        {
            system.Add(new AnthropicContentBlock { Type = "text", Text = instructions, CacheControl = Extra(request, "instructions_cache_control") });
        }

        body.Messages = MapInput(request.Input?.ToItems() ?? [], system, betas);
        if (body.Messages.Count == 0)
        {
            throw Invalid("Anthropic needs at least one user or assistant message in 'input'.", "input");
        }

        body.System = system.Count > 0 ? system : null;
        MapTools(request, body);
        MapSampling(request, body);
        MapReasoning(request, body, model);
        MapTextFormat(request, body);
        if ((request.SafetyIdentifier ?? request.User) is { Length: > 0 } user)
        {
            body.Metadata = new AnthropicMetadata { UserId = user };
        }

        body.CacheControl = Extra(request, "cache_control");
        return new AnthropicMappedRequest(body, betas);
    }

    private void RejectStatefulFeatures(CreateResponseRequest request)
    {
        // Silently dropping these would lose context, so they fail until a store middleware provides them.
        if (request.PreviousResponseId is not null)
        {
            throw Invalid("The Anthropic provider is stateless: 'previous_response_id' needs a response store in the pipeline; send the whole conversation in 'input' instead.", "previous_response_id");
        }

        if (request.Conversation is not null)
        {
            throw Invalid("The Anthropic provider is stateless: 'conversation' needs a conversation store in the pipeline.", "conversation");
        }

        if (request.Background == true)
        {
            throw Invalid("The Anthropic provider cannot run responses in the background.", "background");
        }

        if (request.Prompt is not null)
        {
            throw Invalid("Stored prompt templates ('prompt') are an OpenAI feature; send the instructions and input instead.", "prompt");
        }
    }

    private static void MapSampling(CreateResponseRequest request, AnthropicMessagesRequest body)
    {
        // OpenAI allows temperature up to 2, Anthropic up to 1: out-of-range values are Anthropic's to reject.
        body.Temperature = request.Temperature;
        body.TopP = request.TopP;
        if (Extra(request, "top_k") is { ValueKind: JsonValueKind.Number } topK && topK.TryGetInt32(out int k))
        {
            body.TopK = k;
        }

        // Stop sequences are not a Responses field: they are read from "stop" (as in chat completions) or "stop_sequences".
        JsonElement? stop = Extra(request, "stop_sequences") ?? Extra(request, "stop");
        if (stop is { ValueKind: JsonValueKind.String } single)
        {
            body.StopSequences = [single.GetString()!];
        }
        else if (stop is { ValueKind: JsonValueKind.Array } list)
        {
            body.StopSequences = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
    }

    private void MapReasoning(CreateResponseRequest request, AnthropicMessagesRequest body, string model)
    {
        int maxTokens = request.MaxOutputTokens ?? _options.DefaultMaxTokens ?? AnthropicModelDefaults.MaxTokens(model);
        body.MaxTokens = maxTokens;
        string? effort = request.Reasoning?.Effort?.Value;
        if (effort is null or "none")
        {
            return;
        }

        if (_options.AdaptiveThinkingModelPrefixes.Any(p => model.StartsWith(p, StringComparison.Ordinal)))
        {
            // Adaptive models decide how much to think; effort steers it (Anthropic has no "minimal").
            body.Thinking = new AnthropicThinkingConfig { Type = "adaptive" };
            body.OutputConfig ??= new AnthropicOutputConfig();
            body.OutputConfig.Effort = effort == "minimal" ? "low" : effort;
            return;
        }

        if (!_options.ThinkingBudgets.TryGetValue(effort, out int budget))
        {
            throw Invalid($"Unknown reasoning effort '{effort}' (known: {string.Join(", ", _options.ThinkingBudgets.Keys)}).", "reasoning.effort");
        }

        // budget_tokens must stay below max_tokens. When it does not, the cap is raised by the budget, so the
        // requested cap still bounds the visible answer.
        body.Thinking = new AnthropicThinkingConfig { Type = "enabled", BudgetTokens = budget };
        if (budget >= maxTokens)
        {
            body.MaxTokens = maxTokens + budget;
        }
    }

    private static void MapTextFormat(CreateResponseRequest request, AnthropicMessagesRequest body)
    {
        // Native structured outputs (output_config.format): the answer streams as ordinary text and works with
        // thinking, which a forced tool (tool_choice "tool") does not allow. json_object has no Anthropic
        // equivalent (a schema is required) and is left to the prompt.
        if (request.Text?.Format is JsonSchemaResponseFormat { Schema: { } schema })
        {
            body.OutputConfig ??= new AnthropicOutputConfig();
            body.OutputConfig.Format = new AnthropicOutputFormat { Type = "json_schema", Schema = schema };
        }
    }

    private static JsonElement? Extra(WireObject source, string name) =>
        source.TryGetAdditionalProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private ResponsesException Invalid(string message, string param) =>
        new($"{_options.ProviderName}: {message}", 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param })
        {
            ProviderName = _options.ProviderName,
            IsRetriable = false,
        };
}
