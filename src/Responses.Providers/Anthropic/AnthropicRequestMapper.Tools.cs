using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

// Tools and tool choice. Function tools map one to one; tools of a type the library does not know are
// Anthropic-native definitions (memory_20250818, bash_…, web_search_…) and go through verbatim; OpenAI's
// hosted tools (web_search, file_search, mcp…) are mapped by a later issue and rejected until then.
internal sealed partial class AnthropicRequestMapper
{
    private void MapTools(CreateResponseRequest request, AnthropicMessagesRequest body)
    {
        IList<ResponseTool> tools = request.Tools ?? [];
        HashSet<string>? allowed = AllowedFunctionNames(request.ToolChoice);
        var mapped = new List<AnthropicTool>();
        for (int i = 0; i < tools.Count; i++)
        {
            switch (tools[i])
            {
                case FunctionTool function:
                    if (string.IsNullOrEmpty(function.Name))
                    {
                        throw Invalid("A function tool needs a name.", $"tools[{i}].name");
                    }

                    // allowed_tools has no Anthropic equivalent: the tools outside the allowed set are not sent.
                    if (allowed is null || allowed.Contains(function.Name))
                    {
                        mapped.Add(new AnthropicTool
                        {
                            Name = function.Name,
                            Description = function.Description,
                            InputSchema = function.Parameters is { ValueKind: JsonValueKind.Object } schema ? schema : EmptyObjectSchema,
                            Strict = function.Strict,
                            CacheControl = Extra(function, "cache_control"),
                        });
                    }

                    break;
                case UnknownResponseTool native:
                    mapped.Add(Native(native));
                    break;
                default:
                    throw Invalid($"Tools of type '{tools[i].Type}' are not supported by the Anthropic provider yet; use function tools.", $"tools[{i}]");
            }
        }

        if (mapped.Count == 0)
        {
            // Anthropic rejects a tool_choice without tools, and parallel_tool_calls means nothing without them.
            return;
        }

        body.Tools = mapped;
        body.ToolChoice = MapToolChoice(request.ToolChoice);
        if (request.ParallelToolCalls == false && body.ToolChoice?.Type != "none")
        {
            body.ToolChoice ??= new AnthropicToolChoice { Type = "auto" };
            body.ToolChoice.DisableParallelToolUse = true;
        }
    }

    private static AnthropicTool Native(UnknownResponseTool tool)
    {
        var extension = new Dictionary<string, JsonElement>(tool.AdditionalProperties ?? new Dictionary<string, JsonElement>(), StringComparer.Ordinal);
        extension.Remove("type");
        return new AnthropicTool { Type = tool.Type, ExtensionData = extension };
    }

    private AnthropicToolChoice? MapToolChoice(ToolChoice? choice)
    {
        if (choice is null)
        {
            return null;
        }

        if (choice.Mode is { } mode)
        {
            return mode switch
            {
                "auto" => new AnthropicToolChoice { Type = "auto" },
                "required" => new AnthropicToolChoice { Type = "any" },
                "none" => new AnthropicToolChoice { Type = "none" },
                _ => throw Invalid($"Unknown tool_choice '{mode}'.", "tool_choice"),
            };
        }

        return choice.Tool switch
        {
            FunctionToolChoice { Name: { Length: > 0 } name } => new AnthropicToolChoice { Type = "tool", Name = name },
            AllowedToolsToolChoice { Mode: "required" } => new AnthropicToolChoice { Type = "any" },
            AllowedToolsToolChoice => new AnthropicToolChoice { Type = "auto" },
            _ => throw Invalid($"tool_choice of type '{choice.Tool?.Type}' is not supported by the Anthropic provider.", "tool_choice"),
        };
    }

    private HashSet<string>? AllowedFunctionNames(ToolChoice? choice)
    {
        if (choice?.Tool is not AllowedToolsToolChoice allowed)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ToolChoiceObject tool in allowed.Tools)
        {
            if (tool is FunctionToolChoice { Name: { } name })
            {
                names.Add(name);
            }
            else
            {
                throw Invalid($"allowed_tools may only list function tools with the Anthropic provider (found '{tool.Type}').", "tool_choice.tools");
            }
        }

        return names;
    }
}
