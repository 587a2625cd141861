using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway.ChatCompletions;

// Function tools (and the legacy "functions"/"function_call") to Responses function tools and tool_choice.
internal static partial class ChatCompletionRequestMapper
{
    private static readonly string[] Modes = ["none", "auto", "required"];

    private static bool MapTools(ChatCompletionRequest chat, CreateResponseRequest request)
    {
        var tools = new List<ResponseTool>();
        for (int i = 0; i < (chat.Tools?.Count ?? 0); i++)
        {
            ChatTool tool = chat.Tools![i] ?? throw Invalid("Each tool must be an object, not null.", $"tools[{i}]");
            if (tool.Type != "function")
            {
                throw Invalid($"Tools of type '{tool.Type}' are not supported by the gateway (function tools only).", $"tools[{i}].type");
            }

            if (tool.Function is null)
            {
                throw Invalid("A function tool needs 'function'.", $"tools[{i}].function", "missing_required_parameter");
            }

            tools.Add(new FunctionTool
            {
                Name = tool.Function.Name is { Length: > 0 } name ? name : throw Invalid("A function tool needs a name.", $"tools[{i}].function.name"),
                Description = tool.Function.Description,
                Parameters = tool.Function.Parameters,
                Strict = tool.Function.Strict,
            });
        }

        bool legacy = false;
        if (Extra(chat, "functions") is { } functions)
        {
            if (functions.ValueKind != JsonValueKind.Array)
            {
                throw Invalid("'functions' must be an array.", "functions");
            }

            legacy = true;
            int f = 0;
            foreach (JsonElement function in functions.EnumerateArray())
            {
                string path = $"functions[{f++}]";
                tools.Add(new FunctionTool
                {
                    Name = function.ValueKind == JsonValueKind.Object ? RequiredString(function, "name", path) : throw Invalid("A function must be an object.", path),
                    Description = OptionalString(function, "description"),
                    Parameters = function.TryGetProperty("parameters", out JsonElement parameters) ? parameters : null,
                });
            }
        }

        if (tools.Count > 0)
        {
            request.Tools = tools;
        }

        request.ToolChoice = MapToolChoice(chat.ToolChoice, "tool_choice") ?? MapToolChoice(Extra(chat, "function_call"), "function_call");
        return legacy;
    }

    // tool_choice: a mode string, {"type":"function","function":{"name"}}, or allowed_tools; function_call: a mode or {"name"}.
    private static ToolChoice? MapToolChoice(JsonElement? choice, string param)
    {
        switch (choice)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.String } mode when Modes.Contains(mode.GetString()):
                return new ToolChoice(mode.GetString()!);
            case { ValueKind: JsonValueKind.Object } value when param == "function_call":
                return ToolChoice.Function(RequiredString(value, "name", param));
            case { ValueKind: JsonValueKind.Object } value:
                string type = RequiredString(value, "type", param);
                if (type == "function")
                {
                    return ToolChoice.Function(RequiredString(RequiredObject(value, "function", param), "name", param + ".function"));
                }

                if (type == "allowed_tools")
                {
                    JsonElement allowed = RequiredObject(value, "allowed_tools", param);
                    string allowedMode = RequiredString(allowed, "mode", param + ".allowed_tools");
                    if (!allowed.TryGetProperty("tools", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                    {
                        throw Invalid("'tools' is required and must be an array.", param + ".allowed_tools.tools");
                    }

                    return ToolChoice.AllowedTools(allowedMode, list.EnumerateArray().Select((t, i) =>
                        new FunctionToolChoice { Name = RequiredString(RequiredObject(t, "function", $"{param}.allowed_tools.tools[{i}]"), "name", $"{param}.allowed_tools.tools[{i}].function") }));
                }

                throw Invalid($"tool_choice of type '{type}' is not supported (function or allowed_tools).", param + ".type");
            default:
                throw Invalid($"'{param}' must be none, auto, required or an object naming a function.", param);
        }
    }
}
