using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Maps a <see cref="CreateResponseRequest"/> to chat messages and <see cref="ChatOptions"/> for a generic
/// <see cref="IChatClient"/>: messages keep their parts as <see cref="AIContent.RawRepresentation"/>, function
/// calls join the assistant message before them, outputs become tool messages, reasoning keeps its
/// encrypted content as protected data, and items with no chat form travel as raw contents.
/// </summary>
internal static class ResponsesToChatMapper
{
    public static List<ChatMessage> ToMessages(CreateResponseRequest request)
    {
        var messages = new List<ChatMessage>();
        foreach (ResponseItem item in request.Input?.ToItems() ?? [])
        {
            switch (item)
            {
                case MessageItem message:
                    ChatRole role = message.Role == MessageRole.Developer ? ChatRole.System : ChatResponseMapper.ToChatRole(message.Role);
                    messages.Add(new ChatMessage(role, ContentMapper.ToAIContents(message.Content)) { MessageId = message.Id, RawRepresentation = message });
                    break;

                case FunctionCallOutputItem output:
                    Append(messages, ChatRole.Tool, new FunctionResultContent(output.CallId ?? string.Empty, output.Output?.GetText()) { RawRepresentation = output });
                    break;

                default:
                    var contents = new List<AIContent>();
                    ChatResponseMapper.AddItemContents(item, contents);
                    foreach (AIContent content in contents)
                    {
                        Append(messages, ChatRole.Assistant, content);
                    }

                    break;
            }
        }

        return messages;
    }

    public static ChatOptions ToOptions(CreateResponseRequest request)
    {
        var options = new ChatOptions
        {
            ModelId = request.Model,
            Instructions = request.Instructions,
            Temperature = (float?)request.Temperature,
            TopP = (float?)request.TopP,
            MaxOutputTokens = request.MaxOutputTokens,
            PresencePenalty = (float?)request.PresencePenalty,
            FrequencyPenalty = (float?)request.FrequencyPenalty,
            AllowMultipleToolCalls = request.ParallelToolCalls,
            ResponseFormat = request.Text?.Format switch
            {
                JsonSchemaResponseFormat { Schema: { } schema } json => ChatResponseFormat.ForJsonSchema(schema, json.Name, json.Description),
                JsonSchemaResponseFormat or JsonObjectResponseFormat => ChatResponseFormat.Json,
                TextResponseFormat => ChatResponseFormat.Text,
                _ => null,
            },
            Reasoning = request.Reasoning is { } reasoning ? ToReasoning(reasoning) : null,
        };

        if (request.Tools is { Count: > 0 } tools)
        {
            options.Tools = [.. tools.Select(ToolMapper.ToAITool)];
        }

        options.ToolMode = request.ToolChoice switch
        {
            { Mode: "none" } => ChatToolMode.None,
            { Mode: "auto" } => ChatToolMode.Auto,
            { Mode: "required" } => ChatToolMode.RequireAny,
            { Tool: FunctionToolChoice { Name: { } name } } => ChatToolMode.RequireSpecific(name),
            _ => null,
        };

        if (request.Metadata is { Count: > 0 } metadata)
        {
            var properties = new AdditionalPropertiesDictionary();
            foreach (KeyValuePair<string, string> entry in metadata)
            {
                properties[entry.Key] = entry.Value;
            }

            options.AdditionalProperties = properties;
        }

        return options;
    }

    private static Microsoft.Extensions.AI.ReasoningOptions ToReasoning(Responses.ReasoningOptions reasoning) => new()
    {
        Effort = reasoning.Effort?.Value switch
        {
            "none" => Microsoft.Extensions.AI.ReasoningEffort.None,
            "minimal" or "low" => Microsoft.Extensions.AI.ReasoningEffort.Low,
            "medium" => Microsoft.Extensions.AI.ReasoningEffort.Medium,
            "high" => Microsoft.Extensions.AI.ReasoningEffort.High,
            "xhigh" or "max" => Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh,
            _ => null,
        },
        Output = (reasoning.Summary ?? reasoning.GenerateSummary) switch
        {
            "detailed" => ReasoningOutput.Full,
            null => null,
            _ => ReasoningOutput.Summary,
        },
    };

    // Consecutive contents of one role share a message (an assistant turn's calls, a batch of tool results).
    private static void Append(List<ChatMessage> messages, ChatRole role, AIContent content)
    {
        if (messages.Count > 0 && messages[^1].Role == role)
        {
            messages[^1].Contents.Add(content);
            return;
        }

        messages.Add(new ChatMessage(role, [content]));
    }
}
