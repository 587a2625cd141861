using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Maps a <see cref="Response"/> to a <see cref="ChatResponse"/> as Microsoft.Extensions.AI.OpenAI does: output
/// items become contents of assistant messages (a new message per message item), every content keeps its item
/// or part as <see cref="AIContent.RawRepresentation"/> so that it goes back out unchanged, and items M.E.AI
/// has no type for become plain <see cref="AIContent"/>s.
/// </summary>
internal static class ChatResponseMapper
{
    private static readonly ChatRole DeveloperRole = new("developer");

    public static ChatResponse ToChatResponse(Response response, CreateResponseRequest request, bool pipelineStores)
    {
        DateTimeOffset createdAt = DateTimeOffset.FromUnixTimeSeconds(response.CreatedAt);
        var chat = new ChatResponse
        {
            ResponseId = response.Id,
            ConversationId = ConversationIdOf(request, response.Conversation?.Id, response.Id, response.Store == true || pipelineStores),
            CreatedAt = createdAt,
            ModelId = response.Model,
            RawRepresentation = response,
            ContinuationToken = ResponsesContinuationToken.For(response.Id, response.Background, response.Status),
            Usage = ToUsageDetails(response.Usage),
            Messages = [.. ToChatMessages(response.Output)],
        };

        bool running = response.Status == ResponseStatus.Queued || response.Status == ResponseStatus.InProgress;
        chat.FinishReason = FinishReasonOf(response) ?? (running ? null : chat.Messages.Any(m => m.Contents.Any(c => c is FunctionCallContent)) ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop);

        if (response.Error is { } error)
        {
            (chat.AdditionalProperties ??= [])["Error"] = error;
            if (chat.Messages.Count == 0)
            {
                chat.Messages.Add(new ChatMessage(ChatRole.Assistant, (string?)null));
            }

            chat.Messages[^1].Contents.Add(new ErrorContent(error.Message) { ErrorCode = error.Code });
        }

        if (response.SafetyIdentifier is { } safetyIdentifier)
        {
            (chat.AdditionalProperties ??= [])["SafetyIdentifier"] = safetyIdentifier;
        }

        foreach (ChatMessage message in chat.Messages)
        {
            message.CreatedAt ??= createdAt;
        }

        return chat;
    }

    /// <summary>
    /// The id that continues this conversation: the request's <c>conversation</c>, else the response id when the
    /// response was stored (a stateless provider's response cannot be continued by id, so a function-invocation
    /// loop keeps sending the whole history), and none when the request said <c>store: false</c>. A response is
    /// stored when it says so (OpenAI) or when the pipeline has a response store (the state middleware saves
    /// every response not sent with <c>store: false</c>).
    /// </summary>
    public static string? ConversationIdOf(CreateResponseRequest request, string? responseConversationId, string? responseId, bool stored)
    {
        if (request.Store is false)
        {
            return null;
        }

        return responseConversationId ?? ChatRequestMapper.ConversationIdOf(request) ?? (stored ? responseId : null);
    }

    public static ChatFinishReason? FinishReasonOf(Response response) => response.IncompleteDetails?.Reason switch
    {
        "content_filter" => ChatFinishReason.ContentFilter,
        "max_output_tokens" => ChatFinishReason.Length,
        _ => null,
    };

    public static IEnumerable<ChatMessage> ToChatMessages(IEnumerable<ResponseItem> items)
    {
        ChatMessage? message = null;
        foreach (ResponseItem item in items)
        {
            message ??= new ChatMessage(ChatRole.Assistant, (string?)null);
            if (item is MessageItem messageItem)
            {
                if (message.MessageId is not null && message.MessageId != messageItem.Id)
                {
                    yield return message;
                    message = new ChatMessage();
                }

                message.MessageId = messageItem.Id;
                message.RawRepresentation = messageItem;
                message.Role = ToChatRole(messageItem.Role);
                foreach (AIContent content in ContentMapper.ToAIContents(messageItem.Content))
                {
                    message.Contents.Add(content);
                }

                continue;
            }

            AddItemContents(item, message.Contents);
        }

        if (message is not null)
        {
            yield return message;
        }
    }

    /// <summary>Adds the contents of a non-message output item (items M.E.AI has no type for become raw <see cref="AIContent"/>s).</summary>
    public static void AddItemContents(ResponseItem item, IList<AIContent> contents)
    {
        switch (item)
        {
            case ReasoningItem reasoning:
                contents.Add(new TextReasoningContent(ReasoningText(reasoning))
                {
                    ProtectedData = reasoning.EncryptedContent,
                    RawRepresentation = reasoning,
                });
                break;

            case FunctionCallItem call:
                FunctionCallContent fcc = ParseCall(call.Arguments, call.CallId ?? call.Id ?? string.Empty, call.Name ?? string.Empty);
                fcc.RawRepresentation = call;
                contents.Add(fcc);
                break;

            case FunctionCallOutputItem output:
                contents.Add(new FunctionResultContent(output.CallId ?? string.Empty, output.Output?.GetText()) { RawRepresentation = output });
                break;

            case McpCallItem mcp:
                // Only the result carries the item, so that a round trip sends one mcp_call for the pair.
                contents.Add(new McpServerToolCallContent(mcp.Id ?? string.Empty, mcp.Name ?? string.Empty, mcp.ServerLabel)
                {
                    Arguments = ParseArguments(mcp.Arguments),
                });
                contents.Add(new McpServerToolResultContent(mcp.Id ?? string.Empty)
                {
                    RawRepresentation = mcp,
                    Outputs = [mcp.Error is { } error ? new ErrorContent(error.ToString()) : new TextContent(mcp.Output)],
                });
                break;

            case McpApprovalRequestItem request:
                contents.Add(new ToolApprovalRequestContent(request.Id ?? string.Empty, new McpServerToolCallContent(request.Id ?? string.Empty, request.Name ?? string.Empty, request.ServerLabel)
                {
                    Arguments = ParseArguments(request.Arguments),
                    RawRepresentation = request,
                })
                {
                    RawRepresentation = request,
                });
                break;

            // Hosted tool calls: only the result carries the item, so that a round trip sends it once (as M.E.AI.OpenAI does).
            case CodeInterpreterCallItem code:
                contents.Add(new CodeInterpreterToolCallContent(code.Id ?? string.Empty)
                {
                    Inputs = string.IsNullOrWhiteSpace(code.Code) ? null : [new DataContent(Encoding.UTF8.GetBytes(code.Code), "text/x-python")],
                });
                contents.Add(new CodeInterpreterToolResultContent(code.Id ?? string.Empty)
                {
                    Outputs = code.Outputs is { Count: > 0 } outputs ? [.. outputs.Select(CodeOutput).OfType<AIContent>()] : null,
                    RawRepresentation = code,
                });
                break;

            case ImageGenerationCallItem image:
                contents.Add(new ImageGenerationToolCallContent(image.Id ?? string.Empty));
                contents.Add(new ImageGenerationToolResultContent(image.Id ?? string.Empty)
                {
                    Outputs = DecodeImage(image.Result) is { } bytes ? [new DataContent(bytes, $"image/{image.OutputFormat ?? "png"}")] : null,
                    RawRepresentation = image,
                });
                break;

            case WebSearchCallItem search:
                contents.Add(new WebSearchToolCallContent(search.Id ?? string.Empty)
                {
                    Queries = search.Action is WebSearchSearchAction action ? (action.Queries ?? (action.Query is { } q ? [q] : null)) : null,
                });
                contents.Add(new WebSearchToolResultContent(search.Id ?? string.Empty) { RawRepresentation = search });
                break;

            default:
                contents.Add(new AIContent { RawRepresentation = item });
                break;
        }
    }

    // A result that is not base64 (a recording's placeholder) stays in the raw item only.
    private static byte[]? DecodeImage(string? result)
    {
        if (string.IsNullOrEmpty(result))
        {
            return null;
        }

        byte[] buffer = new byte[(result.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(result, buffer, out int written) ? buffer[..written] : null;
    }

    private static AIContent? CodeOutput(CodeInterpreterOutput output) => output switch
    {
        CodeInterpreterLogsOutput logs => new TextContent(logs.Logs) { RawRepresentation = logs },
        CodeInterpreterImageOutput { Url: { } url } image when url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) => new DataContent(url) { RawRepresentation = image },
        CodeInterpreterImageOutput { Url: { } url } image when Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) => new UriContent(uri, "image/*") { RawRepresentation = image },
        _ => null,
    };

    public static UsageDetails? ToUsageDetails(ResponseUsage? usage)
    {
        if (usage is null)
        {
            return null;
        }

        var details = new UsageDetails
        {
            InputTokenCount = usage.InputTokens,
            OutputTokenCount = usage.OutputTokens,
            TotalTokenCount = usage.TotalTokens,
            CachedInputTokenCount = usage.InputTokensDetails?.CachedTokens,
            ReasoningTokenCount = usage.OutputTokensDetails?.ReasoningTokens,
        };

        if (usage.InputTokensDetails is { CacheWriteTokens: > 0 } input)
        {
            (details.AdditionalCounts ??= [])["InputTokenDetails.CacheWriteTokenCount"] = input.CacheWriteTokens;
        }

        return details;
    }

    public static ChatRole ToChatRole(MessageRole role) =>
        role == MessageRole.System ? ChatRole.System
        : role == MessageRole.Developer ? DeveloperRole
        : role == MessageRole.User ? ChatRole.User
        : ChatRole.Assistant;

    public static FunctionCallContent ParseCall(string? arguments, string callId, string name) =>
        FunctionCallContent.CreateFromParsedArguments(
            string.IsNullOrEmpty(arguments) ? "{}" : arguments,
            callId,
            name,
            static json => JsonSerializer.Deserialize(json, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))) as IDictionary<string, object?>);

    private static Dictionary<string, object?>? ParseArguments(string? arguments)
    {
        if (string.IsNullOrEmpty(arguments))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(arguments, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, object?>))) as Dictionary<string, object?>;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReasoningText(ReasoningItem reasoning)
    {
        IEnumerable<string?> texts = reasoning.Summary.Count > 0
            ? reasoning.Summary.Select(p => p switch { SummaryTextPart s => s.Text, _ => null })
            : reasoning.Content?.Select(p => p switch { ReasoningTextPart r => r.Text, _ => null }) ?? [];
        return string.Join(Environment.NewLine, texts.Where(t => !string.IsNullOrEmpty(t)));
    }
}
