using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Providers.ChatCompletions;

// Function tools and tool choice. Chat completions has only client-side function tools: hosted tools
// (web_search, file_search, mcp…) and custom tools are rejected rather than silently dropped.
internal sealed partial class ChatCompletionsRequestMapper
{
    private void MapTools(CreateResponseRequest request, ChatCompletionRequest body)
    {
        IList<ResponseTool> tools = request.Tools ?? [];
        HashSet<string>? allowed = null;
        string? mode = request.ToolChoice?.Mode;
        switch (request.ToolChoice?.Tool)
        {
            case null:
                break;
            case FunctionToolChoice { Name: { Length: > 0 } name }:
                body.ToolChoice = Node(new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = name } });
                break;
            case AllowedToolsToolChoice allowedTools:
                // Chat completions (outside OpenAI) has no allowed_tools: only the allowed functions are sent.
                allowed = [.. allowedTools.Tools.OfType<FunctionToolChoice>().Select(t => t.Name ?? string.Empty)];
                mode = allowedTools.Mode ?? "auto";
                break;
            default:
                throw Invalid($"tool_choice '{request.ToolChoice.Tool.Type}' cannot be sent to a chat completions server (function tools only).", "tool_choice");
        }

        var mapped = new List<ChatTool>();
        for (int i = 0; i < tools.Count; i++)
        {
            if (tools[i] is not FunctionTool function)
            {
                throw Invalid($"Tools of type '{tools[i].Type}' cannot be sent to a chat completions server (function tools only).", $"tools[{i}]");
            }

            if (string.IsNullOrEmpty(function.Name))
            {
                throw Invalid("A function tool needs a name.", $"tools[{i}].name");
            }

            if (allowed is null || allowed.Contains(function.Name))
            {
                mapped.Add(new ChatTool
                {
                    Function = new ChatFunctionDefinition { Name = function.Name, Description = function.Description, Parameters = function.Parameters, Strict = function.Strict },
                });
            }
        }

        if (mapped.Count == 0)
        {
            // Servers reject tool_choice and parallel_tool_calls without tools.
            body.ToolChoice = null;
            return;
        }

        body.Tools = mapped;
        if (mode is { Length: > 0 })
        {
            body.ToolChoice = JsonSerializer.SerializeToElement(mode, ChatCompletionsJson.String);
        }

        body.ParallelToolCalls = request.ParallelToolCalls;
    }

    private static JsonElement Node(JsonNode node) => JsonSerializer.SerializeToElement(node, ChatCompletionsJson.Node);
}
