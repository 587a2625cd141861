using System.Text.Json;

namespace Responses.Providers.Streaming;

/// <summary>
/// The response shell a translating provider (Anthropic, chat completions, Gemini, Bedrock…) writes into:
/// every request setting a response echoes, with the value the provider used when the request left it out,
/// as OpenAI reports them. It satisfies both the OpenAI <c>Response</c> and the Open Responses
/// <c>ResponseResource</c> schemas.
/// </summary>
public static class ResponseEcho
{
    /// <summary>Creates the shell of a response to <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="model">The model that answers (defaults to the request's).</param>
    /// <param name="stored">Whether the response will be stored (only a store middleware makes that true).</param>
    /// <returns>The response, without id, status or output (the <see cref="ResponseWriter"/> sets those).</returns>
    public static Response FromRequest(CreateResponseRequest request, string? model = null, bool stored = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Response
        {
            Model = model ?? request.Model,
            Instructions = request.Instructions is { } instructions ? new ResponseInstructions(instructions) : null,
            Tools = request.Tools is { } tools ? [.. tools.Select(EchoTool)] : [],
            ToolChoice = request.ToolChoice ?? ToolChoice.Auto,
            ParallelToolCalls = request.ParallelToolCalls ?? true,
            Temperature = request.Temperature ?? 1,
            TopP = request.TopP ?? 1,
            PresencePenalty = request.PresencePenalty ?? 0,
            FrequencyPenalty = request.FrequencyPenalty ?? 0,
            TopLogprobs = request.TopLogprobs ?? 0,
            MaxOutputTokens = request.MaxOutputTokens,
            MaxToolCalls = request.MaxToolCalls,
            Metadata = request.Metadata is { } metadata ? new Dictionary<string, string>(metadata, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal),
            Text = EchoText(request.Text),
            Reasoning = request.Reasoning is { } reasoning ? (ReasoningOptions)reasoning.ShallowCloneAsBuilt() : null,
            PreviousResponseId = request.PreviousResponseId,
            Conversation = request.Conversation,
            Prompt = request.Prompt,
            Store = stored,
            Background = request.Background ?? false,
            ServiceTier = request.ServiceTier ?? ServiceTier.Default,
            Truncation = request.Truncation ?? ResponseTruncation.Disabled,
            User = request.User,
            SafetyIdentifier = request.SafetyIdentifier,
            PromptCacheKey = request.PromptCacheKey,
        };
    }

    // A response's text.format is complete: json_schema echoes "strict" (false when unset), which Open Responses requires.
    private static ResponseTextOptions EchoText(ResponseTextOptions? text)
    {
        if (text?.Format is not JsonSchemaResponseFormat format)
        {
            return text ?? new ResponseTextOptions { Format = new TextResponseFormat() };
        }

        var echo = (ResponseTextOptions)text.ShallowClone();
        var echoFormat = (JsonSchemaResponseFormat)format.ShallowCloneAsBuilt();
        echoFormat.Strict ??= false;
        echo.Format = echoFormat;
        return echo;
    }

    // Both specs require "strict" and "parameters" on a function tool of a response: echo what the provider was given.
    private static ResponseTool EchoTool(ResponseTool tool)
    {
        if (tool is not FunctionTool function)
        {
            return tool;
        }

        // As built: the copy writes every key the specs require (Open Responses wants "description" even when null).
        var echo = (FunctionTool)function.ShallowCloneAsBuilt();
        echo.Strict ??= false;
        echo.Parameters ??= EmptyObjectSchema;
        return echo;
    }

    private static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();
}
