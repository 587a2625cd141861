using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Builds the <see cref="CreateResponseRequest"/> for a chat call: <see cref="ChatOptions"/> mapped the way
/// Microsoft.Extensions.AI.OpenAI maps them (raw request first, then the options fill what it left unset), and
/// the messages through <see cref="ChatInputMapper"/>.
/// </summary>
internal static class ChatRequestMapper
{
    public static CreateResponseRequest ToRequest(IEnumerable<ChatMessage> messages, ChatOptions? options, IChatClient client, string? defaultModelId)
    {
        CreateResponseRequest request = ToRequestOptions(options, client, defaultModelId);
        List<ResponseItem> input = request.Input?.ToItems() is { } existing ? [.. existing] : [];
        input.AddRange(ChatInputMapper.ToItems(messages));
        request.Input = input;
        return request;
    }

    /// <summary>The conversation id a request continues: its <c>conversation</c>, when it has one.</summary>
    public static string? ConversationIdOf(CreateResponseRequest request) => request.Conversation?.Id;

    private static CreateResponseRequest ToRequestOptions(ChatOptions? options, IChatClient client, string? defaultModelId)
    {
        if (options is null)
        {
            return new CreateResponseRequest { Model = defaultModelId };
        }

        // A raw request from the caller is the starting point; cloned so that the caller's instance is never changed.
        CreateResponseRequest request = options.RawRepresentationFactory?.Invoke(client) is CreateResponseRequest raw
            ? raw.Clone()
            : new CreateResponseRequest();

        request.Model ??= options.ModelId ?? defaultModelId;
        request.MaxOutputTokens ??= options.MaxOutputTokens;
        request.Temperature ??= options.Temperature;
        request.TopP ??= options.TopP;
        request.PresencePenalty ??= options.PresencePenalty;
        request.FrequencyPenalty ??= options.FrequencyPenalty;
        request.Background ??= options.AllowBackgroundResponses;

        // The Responses API has no stop sequences and no seed or top_k: M.E.AI.OpenAI leaves them out, and so do we
        // (a provider that supports them takes them through AdditionalProperties, e.g. "top_k").
        ApplyConversation(request, options.ConversationId);

        if (options.Instructions is { } instructions)
        {
            request.Instructions = string.IsNullOrEmpty(request.Instructions) ? instructions : $"{request.Instructions}{Environment.NewLine}{instructions}";
        }

        ApplyTools(request, options);

        if (request.Text?.Format is null && ToTextFormat(options.ResponseFormat, options) is { } format)
        {
            request.Text ??= new ResponseTextOptions();
            request.Text.Format = format;
        }

        if (request.Reasoning is null && options.Reasoning is { } reasoning)
        {
            request.Reasoning = ToReasoning(reasoning);
        }

        return ApplyAdditionalProperties(request, options.AdditionalProperties);
    }

    // ChatOptions.ConversationId is a conversation ("conv_…") or else the previous response's id.
    private static void ApplyConversation(CreateResponseRequest request, string? conversationId)
    {
        if (conversationId is null || request.PreviousResponseId is not null || request.Conversation is not null)
        {
            return;
        }

        if (IsConversationId(conversationId))
        {
            request.Conversation = conversationId;
        }
        else
        {
            request.PreviousResponseId = conversationId;
        }
    }

    public static bool IsConversationId(string? id) => id is not null && id.StartsWith("conv_", StringComparison.Ordinal);

    private static void ApplyTools(CreateResponseRequest request, ChatOptions options)
    {
        if (options.Tools is not { Count: > 0 } tools)
        {
            return;
        }

        request.Tools ??= [];
        foreach (AITool tool in tools)
        {
            if (ToolMapper.ToResponseTool(tool, options) is { } responseTool)
            {
                request.Tools.Add(responseTool);
            }
        }

        if (request.Tools.Count == 0)
        {
            return;
        }

        request.ParallelToolCalls ??= options.AllowMultipleToolCalls;
        request.ToolChoice ??= options.ToolMode switch
        {
            NoneChatToolMode => ToolChoice.None,
            AutoChatToolMode => ToolChoice.Auto,
            RequiredChatToolMode { RequiredFunctionName: { } name } => ToolChoice.Function(name),
            RequiredChatToolMode => ToolChoice.Required,
            _ => null,
        };
    }

    public static ResponseTextFormat? ToTextFormat(ChatResponseFormat? format, ChatOptions? options) => format switch
    {
        ChatResponseFormatText => new TextResponseFormat(),
        ChatResponseFormatJson json when ToolMapper.StrictSchemaTransformCache.GetOrCreateTransformedSchema(json) is { } schema => new JsonSchemaResponseFormat
        {
            Name = json.SchemaName ?? "json_schema",
            Description = json.SchemaDescription,
            Schema = schema,
            Strict = ToolMapper.HasStrict(options?.AdditionalProperties),
        },
        ChatResponseFormatJson => new JsonObjectResponseFormat(),
        _ => null,
    };

    // Effort and summary as M.E.AI.OpenAI sends them ("summary" left out when no reasoning output is asked for).
    private static Responses.ReasoningOptions ToReasoning(Microsoft.Extensions.AI.ReasoningOptions reasoning)
    {
        string? effort = reasoning.Effort switch
        {
            Microsoft.Extensions.AI.ReasoningEffort.None => "none",
            Microsoft.Extensions.AI.ReasoningEffort.Low => "low",
            Microsoft.Extensions.AI.ReasoningEffort.Medium => "medium",
            Microsoft.Extensions.AI.ReasoningEffort.High => "high",
            Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh => "xhigh",
            _ => null,
        };
        string? summary = reasoning.Output switch
        {
            ReasoningOutput.Summary => "concise",
            ReasoningOutput.Full => "detailed",
            _ => null,
        };

        // Read from JSON so that the object writes only the keys it has ("summary" is otherwise always written, as null).
        var json = new JsonObject();
        if (effort is not null)
        {
            json["effort"] = effort;
        }

        if (summary is not null)
        {
            json["summary"] = summary;
        }

        return JsonSerializer.Deserialize(json, ResponsesJson.GetTypeInfo<Responses.ReasoningOptions>())!;
    }

    // AdditionalProperties are request fields by their wire name ("top_k", "service_tier", "metadata"…): a key the
    // request already sets is left alone; the rest are read into the request, typed where the model knows the
    // field and carried as unknown JSON where it does not.
    private static CreateResponseRequest ApplyAdditionalProperties(CreateResponseRequest request, AdditionalPropertiesDictionary? properties)
    {
        if (properties is not { Count: > 0 })
        {
            return request;
        }

        JsonObject? json = null;
        foreach (KeyValuePair<string, object?> property in properties)
        {
            if (property.Key == ToolMapper.StrictKey)
            {
                continue;
            }

            json ??= JsonSerializer.SerializeToNode(request, ResponsesJson.GetTypeInfo<CreateResponseRequest>())!.AsObject();
            if (!json.ContainsKey(property.Key))
            {
                json[property.Key] = property.Value is null ? null : JsonSerializer.SerializeToNode(property.Value, AIJsonUtilities.DefaultOptions.GetTypeInfo(property.Value.GetType()));
            }
        }

        return json is null ? request : JsonSerializer.Deserialize(json, ResponsesJson.GetTypeInfo<CreateResponseRequest>())!;
    }
}
