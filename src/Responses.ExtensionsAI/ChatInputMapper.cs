using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Maps chat messages to Responses input items as Microsoft.Extensions.AI.OpenAI does: a content whose
/// <see cref="AIContent.RawRepresentation"/> is a Responses item or part goes back unchanged; text, images and
/// files are grouped into a message of the chat message's role (in order with the items between them); function
/// calls and results, reasoning and MCP calls and approvals become their own items.
/// </summary>
internal static class ChatInputMapper
{
    private static readonly ChatRole DeveloperRole = new("developer");

    public static IEnumerable<ResponseItem> ToItems(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var pendingMcpCalls = new Dictionary<string, McpServerToolCallContent>(StringComparer.Ordinal);
        foreach (ChatMessage message in messages)
        {
            foreach (ResponseItem item in ToItems(message, pendingMcpCalls))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ResponseItem> ToItems(ChatMessage message, Dictionary<string, McpServerToolCallContent> pendingMcpCalls)
    {
        MessageRole role = RoleOf(message.Role);
        List<ContentPart>? parts = null;
        ReasoningItem? reasoning = null;
        bool yieldedAny = false;

        foreach (AIContent content in message.Contents)
        {
            // Reasoning text streamed in pieces ends with the piece that carries the protected data: one item for all of them.
            if (content is TextReasoningContent { RawRepresentation: not ResponseItem } thought)
            {
                if (parts is not null)
                {
                    yield return NewMessage(role, parts);
                    parts = null;
                }

                reasoning ??= new ReasoningItem();
                AppendSummary(reasoning, thought.Text);
                if (thought.ProtectedData is { } data)
                {
                    reasoning.EncryptedContent = data;
                    yield return reasoning;
                    reasoning = null;
                    yieldedAny = true;
                }

                continue;
            }

            if (reasoning is not null)
            {
                yield return reasoning;
                reasoning = null;
                yieldedAny = true;
            }

            ResponseItem? item = ToItem(content, pendingMcpCalls, out bool consumed);
            if (item is not null || consumed)
            {
                if (parts is not null)
                {
                    yield return NewMessage(role, parts);
                    parts = null;
                }

                if (item is not null)
                {
                    yield return item;
                    yieldedAny = true;
                }

                continue;
            }

            if (ContentMapper.ToPart(content, role) is { } part)
            {
                (parts ??= []).Add(part);
            }
        }

        if (reasoning is not null)
        {
            yield return reasoning;
            yieldedAny = true;
        }

        // Every user message becomes at least one item (an empty text), as M.E.AI.OpenAI guarantees.
        if (parts is null && !yieldedAny && role == MessageRole.User)
        {
            parts = [new InputTextPart(string.Empty)];
        }

        if (parts is not null)
        {
            yield return NewMessage(role, parts);
        }
    }

    private static ResponseItem? ToItem(AIContent content, Dictionary<string, McpServerToolCallContent> pendingMcpCalls, out bool consumed)
    {
        consumed = false;
        switch (content)
        {
            case { RawRepresentation: ResponseItem raw }:
                return raw;

            case FunctionCallContent call:
                return new FunctionCallItem(call.CallId, call.Name, SerializeArguments(call.Arguments)) { Status = ItemStatus.Completed };

            case FunctionResultContent result:
                return new FunctionCallOutputItem(result.CallId, ContentMapper.ToToolOutput(result.Result));

            case ToolApprovalRequestContent { ToolCall: McpServerToolCallContent call } request:
                return new McpApprovalRequestItem
                {
                    Id = request.RequestId,
                    ServerLabel = call.ServerName,
                    Name = call.Name,
                    Arguments = SerializeArguments(call.Arguments),
                };

            case ToolApprovalResponseContent { ToolCall: McpServerToolCallContent } response:
                return new McpApprovalResponseItem(response.RequestId, response.Approved) { Reason = response.Reason };

            case ToolApprovalRequestContent or ToolApprovalResponseContent:
                // Approvals of local functions belong to the function-invocation loop that asked for them; they never reach the model.
                consumed = true;
                return null;

            case McpServerToolCallContent call:
                // Sent with its result, as one mcp_call item.
                pendingMcpCalls[call.CallId] = call;
                consumed = true;
                return null;

            case McpServerToolResultContent result:
                consumed = true;
                if (!pendingMcpCalls.Remove(result.CallId, out McpServerToolCallContent? pending))
                {
                    return null;
                }

                var mcp = new McpCallItem
                {
                    Id = result.CallId,
                    ServerLabel = pending.ServerName,
                    Name = pending.Name,
                    Arguments = SerializeArguments(pending.Arguments),
                    Status = ItemStatus.Completed,
                };
                if (result.Outputs?.OfType<ErrorContent>().FirstOrDefault() is { } error)
                {
                    mcp.Error = error.Message;
                }
                else
                {
                    mcp.Output = string.Concat(result.Outputs?.OfType<TextContent>().Select(t => t.Text) ?? []);
                }

                return mcp;

            case UsageContent:
                consumed = true;
                return null;

            default:
                return null;
        }
    }

    private static MessageItem NewMessage(MessageRole role, List<ContentPart> parts) => new() { Role = role, Content = parts };

    private static void AppendSummary(ReasoningItem reasoning, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (reasoning.Summary.LastOrDefault() is SummaryTextPart last)
        {
            last.Text += text;
        }
        else
        {
            reasoning.Summary.Add(new SummaryTextPart(text));
        }
    }

    internal static string SerializeArguments(IDictionary<string, object?>? arguments) =>
        ChatJson.Serialize(arguments ?? new Dictionary<string, object?>(), typeof(IDictionary<string, object?>));

    internal static string SerializeArguments(IReadOnlyDictionary<string, object?>? arguments) =>
        ChatJson.Serialize(arguments ?? new Dictionary<string, object?>(), typeof(IReadOnlyDictionary<string, object?>));

    private static MessageRole RoleOf(ChatRole role) =>
        role == ChatRole.System ? MessageRole.System
        : role == DeveloperRole ? MessageRole.Developer
        : role == ChatRole.Assistant ? MessageRole.Assistant
        : MessageRole.User; // user, and tool messages whose contents are not tool results
}
