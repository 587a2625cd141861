using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Providers.ChatCompletions;

/// <summary>
/// Maps a Responses request to a chat completions body (see <c>docs/providers/chat-completions.md</c> for every rule).
/// Requests it cannot express are rejected with a 400 <see cref="ResponsesException"/> whose <c>param</c> points at the
/// offending field, before anything is sent.
/// </summary>
internal sealed partial class ChatCompletionsRequestMapper
{
    // Chat-only settings a caller may put on a Responses request as additional properties; passed on verbatim.
    private static readonly string[] PassThrough = ["stop", "seed", "top_k", "min_p", "repetition_penalty", "logit_bias", "chat_template_kwargs"];

    private readonly ChatCompletionsResponsesClientOptions _options;

    public ChatCompletionsRequestMapper(ChatCompletionsResponsesClientOptions options) => _options = options;

    /// <summary>Maps a request.</summary>
    /// <param name="request">The request (not changed).</param>
    /// <param name="stream">Whether the body asks for a stream.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ResponsesException">400 when the request uses something chat completions cannot do.</exception>
    public ChatCompletionRequest Map(CreateResponseRequest request, bool stream)
    {
        ArgumentNullException.ThrowIfNull(request);
        RejectStatefulFeatures(request);
        string model = request.Model ?? _options.DefaultModel ?? throw Invalid("A model is required: set 'model' or the provider's DefaultModel.", "model");
        var body = new ChatCompletionRequest { Model = model };
        if (request.Instructions is { Length: > 0 } instructions)
        {
            body.Messages.Add(new ChatMessage { Role = "system", Content = Text(instructions) });
        }

        MapInput(request.Input?.ToItems() ?? [], body.Messages);
        if (body.Messages.Count == 0)
        {
            throw Invalid("At least one message is needed in 'input' or 'instructions'.", "input");
        }

        MapTools(request, body);
        MapTextFormat(request, body);
        if (_options.UseLegacyMaxTokens)
        {
            body.MaxTokens = request.MaxOutputTokens;
        }
        else
        {
            body.MaxCompletionTokens = request.MaxOutputTokens;
        }

        body.Temperature = request.Temperature;
        body.TopP = request.TopP;
        body.PresencePenalty = request.PresencePenalty;
        body.FrequencyPenalty = request.FrequencyPenalty;
        if (request.TopLogprobs is { } topLogprobs)
        {
            // Chat completions needs logprobs on to return any; top_logprobs then asks for the alternatives.
            body.Logprobs = true;
            body.TopLogprobs = topLogprobs;
        }
        if (_options.SendReasoningEffort && request.Reasoning?.Effort is { } effort)
        {
            body.ReasoningEffort = effort.Value;
        }

        // Chat completions knows "user" everywhere; "safety_identifier" is OpenAI-only, so it travels as "user".
        body.User = request.SafetyIdentifier ?? request.User;
        if (stream)
        {
            body.Stream = true;
            body.StreamOptions = _options.IncludeStreamUsage ? new ChatStreamOptions { IncludeUsage = true } : null;
        }

        foreach (string name in PassThrough)
        {
            if (request.TryGetAdditionalProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
            {
                (body.ExtensionData ??= [])[name] = value;
            }
        }

        return body;
    }

    private void RejectStatefulFeatures(CreateResponseRequest request)
    {
        // Silently dropping these would lose context, so they fail until a store middleware provides them.
        if (request.PreviousResponseId is not null)
        {
            throw Invalid("The chat completions provider is stateless: 'previous_response_id' needs a response store in the pipeline; send the whole conversation in 'input' instead.", "previous_response_id");
        }

        if (request.Conversation is not null)
        {
            throw Invalid("The chat completions provider is stateless: 'conversation' needs a conversation store in the pipeline.", "conversation");
        }

        if (request.Background == true)
        {
            throw Invalid("The chat completions provider cannot run responses in the background.", "background");
        }

        if (request.Prompt is not null)
        {
            throw Invalid("Stored prompt templates ('prompt') are a Responses API feature; send the instructions and input instead.", "prompt");
        }
    }

    private static void MapTextFormat(CreateResponseRequest request, ChatCompletionRequest body)
    {
        switch (request.Text?.Format)
        {
            case JsonSchemaResponseFormat format:
                body.ResponseFormat = new ChatResponseFormat
                {
                    Type = "json_schema",
                    JsonSchema = new ChatJsonSchema { Name = format.Name ?? "response", Description = format.Description, Schema = format.Schema, Strict = format.Strict },
                };
                break;
            case JsonObjectResponseFormat:
                body.ResponseFormat = new ChatResponseFormat { Type = "json_object" };
                break;
            default:
                // "text" is the default and needs no response_format.
                break;
        }
    }

    internal static JsonElement Text(string text) => JsonSerializer.SerializeToElement(text, ChatCompletionsJson.String);

    internal ResponsesException Invalid(string message, string param) =>
        new($"{_options.ProviderName}: {message}", 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param })
        {
            ProviderName = _options.ProviderName,
            IsRetriable = false,
        };
}
