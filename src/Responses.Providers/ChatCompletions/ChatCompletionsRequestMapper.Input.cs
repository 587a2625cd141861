using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Providers.ChatCompletions;

// Input items to messages. Consecutive function calls (and the assistant text right before them) form one
// assistant message with tool_calls; each output is a "tool" message. Reasoning items are dropped, or sent as
// reasoning_content of the next assistant message when SendReasoningContent is on.
internal sealed partial class ChatCompletionsRequestMapper
{
    private static readonly JsonElement NullContent = JsonDocument.Parse("null").RootElement.Clone();

    private void MapInput(IList<ResponseItem> items, List<ChatMessage> messages)
    {
        string? pendingReasoning = null;
        for (int i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case MessageItem message when message.Role == MessageRole.System || message.Role == MessageRole.Developer:
                    messages.Add(new ChatMessage { Role = "system", Content = TextContent(message, i, "System and developer") });
                    break;
                case MessageItem message when message.Role == MessageRole.Assistant:
                    messages.Add(new ChatMessage { Role = "assistant", Content = TextContent(message, i, "Assistant"), ReasoningContent = Take(ref pendingReasoning) });
                    break;
                case MessageItem message when message.Role == MessageRole.User:
                    messages.Add(new ChatMessage { Role = "user", Content = UserContent(message, i) });
                    break;
                case MessageItem message:
                    throw Invalid($"Messages with role '{message.Role.Value}' cannot be sent to a chat completions server.", $"input[{i}].role");
                case FunctionCallItem call:
                    AddToolCall(messages, call, i, ref pendingReasoning);
                    break;
                case FunctionCallOutputItem output:
                    messages.Add(new ChatMessage
                    {
                        Role = "tool",
                        ToolCallId = output.CallId is { Length: > 0 } id ? id : throw Invalid("A call_id is required.", $"input[{i}].call_id"),
                        Content = Text(ToolOutputText(output, i)),
                    });
                    break;
                case ReasoningItem reasoning when _options.SendReasoningContent:
                    string text = string.Concat(reasoning.Summary.OfType<SummaryTextPart>().Select(p => p.Text)
                        .Concat((reasoning.Content ?? []).OfType<ReasoningTextPart>().Select(p => p.Text)));
                    pendingReasoning = text.Length > 0 ? (pendingReasoning ?? string.Empty) + text : pendingReasoning;
                    break;
                case ItemReferenceItem:
                    throw Invalid("Item references need a response store in the pipeline; the chat completions provider is stateless.", $"input[{i}]");
                default:
                    // Reasoning (when not sent back) and records of hosted-tool activity have no chat completions form.
                    break;
            }
        }
    }

    private static string? Take(ref string? pending)
    {
        string? value = pending;
        pending = null;
        return value;
    }

    private void AddToolCall(List<ChatMessage> messages, FunctionCallItem call, int item, ref string? pendingReasoning)
    {
        var toolCall = new ChatToolCall
        {
            Id = call.CallId is { Length: > 0 } id ? id : throw Invalid("A call_id is required.", $"input[{item}].call_id"),
            Type = "function",
            Function = new ChatFunctionCall
            {
                Name = call.Name is { Length: > 0 } name ? name : throw Invalid("A function name is required.", $"input[{item}].name"),
                Arguments = string.IsNullOrWhiteSpace(call.Arguments) ? "{}" : call.Arguments,
            },
        };

        // The calls of one turn, and the text said before them, are one assistant message in chat completions.
        if (messages.Count > 0 && messages[^1].Role == "assistant" && pendingReasoning is null)
        {
            ChatMessage previous = messages[^1];
            (previous.ToolCalls ??= []).Add(toolCall);
            return;
        }

        messages.Add(new ChatMessage { Role = "assistant", Content = NullContent, ToolCalls = [toolCall], ReasoningContent = Take(ref pendingReasoning) });
    }

    // System, developer and assistant messages are sent as one string: every server accepts that form.
    private JsonElement TextContent(MessageItem message, int item, string what)
    {
        if (message.Content?.Text is { } text)
        {
            return Text(text);
        }

        var builder = new StringBuilder();
        IList<ContentPart> parts = message.Content?.Parts ?? [];
        for (int p = 0; p < parts.Count; p++)
        {
            string? partText = parts[p] switch
            {
                InputTextPart t => t.Text,
                OutputTextPart t => t.Text,
                TextPart t => t.Text,
                RefusalPart r => r.Refusal,
                _ => throw Invalid($"{what} messages can only hold text with chat completions (found '{parts[p].Type}').", $"input[{item}].content[{p}]"),
            };
            builder.Append(partText);
        }

        return Text(builder.ToString());
    }

    // User messages: a string when they are a string, otherwise content parts (text, image_url, file, input_audio).
    private JsonElement UserContent(MessageItem message, int item)
    {
        if (message.Content?.Text is { } text)
        {
            return Text(text);
        }

        var array = new JsonArray();
        IList<ContentPart> parts = message.Content?.Parts ?? [];
        for (int p = 0; p < parts.Count; p++)
        {
            array.Add(UserPart(parts[p], $"input[{item}].content[{p}]"));
        }

        return JsonSerializer.SerializeToElement(array, ChatCompletionsJson.Node);
    }

    private JsonObject UserPart(ContentPart part, string param)
    {
        switch (part)
        {
            case InputTextPart t:
                return new JsonObject { ["type"] = "text", ["text"] = t.Text ?? string.Empty };
            case OutputTextPart t:
                return new JsonObject { ["type"] = "text", ["text"] = t.Text ?? string.Empty };
            case TextPart t:
                return new JsonObject { ["type"] = "text", ["text"] = t.Text ?? string.Empty };
            case InputImagePart { ImageUrl: { Length: > 0 } url } image:
                var imageUrl = new JsonObject { ["url"] = url };
                if (image.Detail is { } detail)
                {
                    imageUrl["detail"] = detail.Value;
                }

                return new JsonObject { ["type"] = "image_url", ["image_url"] = imageUrl };
            case InputImagePart:
                throw Invalid("Images given by file_id cannot be sent to a chat completions server; send an image_url (https or data URL).", param);
            case InputFilePart { FileUrl: { Length: > 0 } }:
                throw Invalid("Files given by file_url cannot be sent to a chat completions server; send file_data or file_id.", param);
            case InputFilePart file:
                var fileObject = new JsonObject();
                if (file.FileData is { } data)
                {
                    fileObject["file_data"] = data;
                }

                if (file.FileId is { } fileId)
                {
                    fileObject["file_id"] = fileId;
                }

                if (file.Filename is { } filename)
                {
                    fileObject["filename"] = filename;
                }

                return new JsonObject { ["type"] = "file", ["file"] = fileObject };
            case InputAudioPart { InputAudio: { } audio }:
                return new JsonObject { ["type"] = "input_audio", ["input_audio"] = new JsonObject { ["data"] = audio.Data, ["format"] = audio.Format?.Value } };
            default:
                throw Invalid($"Content parts of type '{part.Type}' cannot be sent to a chat completions server.", param);
        }
    }

    // Tool messages carry text: text parts are joined; other parts have no tool-message form.
    private string ToolOutputText(FunctionCallOutputItem output, int item)
    {
        if (output.Output?.Parts is not { } parts)
        {
            return output.Output?.Text ?? string.Empty;
        }

        var builder = new StringBuilder();
        for (int p = 0; p < parts.Count; p++)
        {
            builder.Append(parts[p] switch
            {
                InputTextPart t => t.Text,
                OutputTextPart t => t.Text,
                TextPart t => t.Text,
                _ => throw Invalid($"Function outputs can only hold text with chat completions (found '{parts[p].Type}').", $"input[{item}].output[{p}]"),
            });
        }

        return builder.ToString();
    }
}
