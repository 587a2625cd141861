using System.Text;
using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway.ChatCompletions;

// Messages to input items: system/developer/user messages stay messages (in place, so their order is kept); an
// assistant message becomes its text message followed by one function_call item per tool call; a tool message becomes
// a function_call_output. The legacy "function" role answers the latest unanswered function_call of that name.
internal static partial class ChatCompletionRequestMapper
{
    private static List<ResponseItem> MapMessages(List<ChatMessage> messages)
    {
        var items = new List<ResponseItem>(messages.Count);
        var legacyCalls = new List<FunctionCallItem>();
        for (int i = 0; i < messages.Count; i++)
        {
            string path = $"messages[{i}]";
            ChatMessage message = messages[i] ?? throw Invalid("Each message must be an object, not null.", path);
            switch (message.Role)
            {
                case "system":
                    items.Add(new MessageItem { Role = MessageRole.System, Content = TextContent(message.Content, path) });
                    break;
                case "developer":
                    items.Add(new MessageItem { Role = MessageRole.Developer, Content = TextContent(message.Content, path) });
                    break;
                case "user":
                    items.Add(new MessageItem { Role = MessageRole.User, Content = UserContent(message.Content, path) });
                    break;
                case "assistant":
                    AddAssistant(items, message, path, legacyCalls);
                    break;
                case "tool":
                    items.Add(new FunctionCallOutputItem(
                        message.ToolCallId is { Length: > 0 } id ? id : throw Invalid("A tool message needs 'tool_call_id'.", path + ".tool_call_id"),
                        Text(message.Content, path)));
                    break;
                case "function":
                    FunctionCallItem call = legacyCalls.LastOrDefault(c => c.Name == message.Name)
                        ?? throw Invalid($"A function message must answer an earlier assistant function_call named '{message.Name}'.", path + ".name");
                    legacyCalls.Remove(call);
                    items.Add(new FunctionCallOutputItem(call.CallId!, Text(message.Content, path)));
                    break;
                case null:
                    throw Invalid("Missing required parameter: 'role'.", path + ".role", "missing_required_parameter");
                default:
                    throw Invalid($"Unknown role '{message.Role}': use system, developer, user, assistant or tool.", path + ".role");
            }
        }

        return items;
    }

    private static void AddAssistant(List<ResponseItem> items, ChatMessage message, string path, List<FunctionCallItem> legacyCalls)
    {
        var parts = new List<ContentPart>();
        switch (message.Content)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                break;
            case { ValueKind: JsonValueKind.String } text:
                parts.Add(new OutputTextPart(text.GetString()!));
                break;
            case { ValueKind: JsonValueKind.Array } array:
                int p = 0;
                foreach (JsonElement part in array.EnumerateArray())
                {
                    parts.Add(PartType(part, $"{path}.content[{p}]") switch
                    {
                        "text" => new OutputTextPart(RequiredString(part, "text", $"{path}.content[{p}]")),
                        "refusal" => new RefusalPart(RequiredString(part, "refusal", $"{path}.content[{p}]")),
                        var other => throw Invalid($"Assistant content parts can be 'text' or 'refusal' (found '{other}').", $"{path}.content[{p}].type"),
                    });
                    p++;
                }

                break;
            default:
                throw Invalid("'content' must be a string, an array of content parts or null.", path + ".content");
        }

        if (message.Refusal is { Length: > 0 } refusal)
        {
            parts.Add(new RefusalPart(refusal));
        }

        if (parts.Count > 0)
        {
            items.Add(new MessageItem { Role = MessageRole.Assistant, Content = new MessageContent(parts) });
        }

        for (int c = 0; c < (message.ToolCalls?.Count ?? 0); c++)
        {
            ChatToolCall call = message.ToolCalls![c] ?? throw Invalid("Each tool call must be an object, not null.", $"{path}.tool_calls[{c}]");
            string callPath = $"{path}.tool_calls[{c}]";
            if (call.Type is not (null or "function"))
            {
                throw Invalid($"Tool calls of type '{call.Type}' are not supported (function only).", callPath + ".type");
            }

            items.Add(new FunctionCallItem(
                call.Id is { Length: > 0 } id ? id : throw Invalid("A tool call needs an 'id'.", callPath + ".id"),
                call.Function?.Name is { Length: > 0 } name ? name : throw Invalid("A tool call needs 'function.name'.", callPath + ".function.name"),
                call.Function.Arguments ?? "{}"));
        }

        if (message.ExtensionData?.TryGetValue("function_call", out JsonElement legacy) == true && legacy.ValueKind == JsonValueKind.Object)
        {
            // The legacy form has no call id: one is made up, and the following "function" message is paired by name.
            var call = new FunctionCallItem(
                $"call_{items.Count}",
                RequiredString(legacy, "name", path + ".function_call"),
                legacy.TryGetProperty("arguments", out JsonElement arguments) && arguments.ValueKind == JsonValueKind.String ? arguments.GetString()! : "{}");
            legacyCalls.Add(call);
            items.Add(call);
        }
    }

    // System and developer messages: a string, or text parts (kept as parts so nothing is joined differently).
    private static MessageContent TextContent(JsonElement? content, string path) => content switch
    {
        { ValueKind: JsonValueKind.String } text => new MessageContent(text.GetString()!),
        { ValueKind: JsonValueKind.Array } array => new MessageContent(array.EnumerateArray().Select((part, p) => PartType(part, $"{path}.content[{p}]") == "text"
            ? (ContentPart)new InputTextPart(RequiredString(part, "text", $"{path}.content[{p}]"))
            : throw Invalid("System and developer messages can only hold text parts.", $"{path}.content[{p}].type")).ToList()),
        _ => throw Invalid("'content' must be a string or an array of text parts.", path + ".content"),
    };

    private static MessageContent UserContent(JsonElement? content, string path)
    {
        if (content is { ValueKind: JsonValueKind.String } text)
        {
            return new MessageContent(text.GetString()!);
        }

        if (content is not { ValueKind: JsonValueKind.Array } array)
        {
            throw Invalid("'content' must be a string or an array of content parts.", path + ".content");
        }

        var parts = new List<ContentPart>();
        int p = 0;
        foreach (JsonElement part in array.EnumerateArray())
        {
            parts.Add(UserPart(part, $"{path}.content[{p++}]"));
        }

        return new MessageContent(parts);
    }

    private static ContentPart UserPart(JsonElement part, string path)
    {
        string type = PartType(part, path);
        switch (type)
        {
            case "text":
                return new InputTextPart(RequiredString(part, "text", path));
            case "image_url":
                JsonElement image = RequiredObject(part, "image_url", path);
                return new InputImagePart
                {
                    ImageUrl = RequiredString(image, "url", path + ".image_url"),
                    Detail = OptionalString(image, "detail") is { } detail ? ImageDetail.Create(detail) : null,
                };
            case "input_audio":
                JsonElement audio = RequiredObject(part, "input_audio", path);
                return new InputAudioPart
                {
                    InputAudio = new InputAudioData
                    {
                        Data = RequiredString(audio, "data", path + ".input_audio"),
                        Format = InputAudioFormat.Create(RequiredString(audio, "format", path + ".input_audio")),
                    },
                };
            case "file":
                JsonElement file = RequiredObject(part, "file", path);
                var filePart = new InputFilePart { FileData = OptionalString(file, "file_data"), FileId = OptionalString(file, "file_id"), Filename = OptionalString(file, "filename") };
                return filePart.FileData is null && filePart.FileId is null
                    ? throw Invalid("A file part needs 'file_data' or 'file_id'.", path + ".file")
                    : filePart;
            default:
                throw Invalid($"Unknown content part type '{type}': use text, image_url, input_audio or file.", path + ".type");
        }
    }

    // Tool and function results are text: a string, or text parts joined.
    private static string Text(JsonElement? content, string path)
    {
        switch (content)
        {
            case { ValueKind: JsonValueKind.String } text:
                return text.GetString()!;
            case { ValueKind: JsonValueKind.Array } array:
                var builder = new StringBuilder();
                int p = 0;
                foreach (JsonElement part in array.EnumerateArray())
                {
                    string partPath = $"{path}.content[{p++}]";
                    builder.Append(PartType(part, partPath) == "text"
                        ? RequiredString(part, "text", partPath)
                        : throw Invalid("Tool results can only hold text parts.", partPath + ".type"));
                }

                return builder.ToString();
            default:
                throw Invalid("'content' must be a string or an array of text parts.", path + ".content");
        }
    }

    private static string PartType(JsonElement part, string path) =>
        part.ValueKind == JsonValueKind.Object ? RequiredString(part, "type", path) : throw Invalid("A content part must be an object.", path);

    private static string RequiredString(JsonElement value, string name, string path) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement found) && found.ValueKind == JsonValueKind.String
            ? found.GetString()!
            : throw Invalid($"'{name}' is required and must be a string.", $"{path}.{name}");

    private static string? OptionalString(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;

    private static JsonElement RequiredObject(JsonElement value, string name, string path) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement found) && found.ValueKind == JsonValueKind.Object
            ? found
            : throw Invalid($"'{name}' is required and must be an object.", $"{path}.{name}");
}
