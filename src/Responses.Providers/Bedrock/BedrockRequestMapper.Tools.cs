using System.Text.Json;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

// Function tools become toolSpecs; tool_choice auto/required/function become auto/any/tool. Converse has no
// "none": with tool_choice "none" the tools are not sent at all (toolUse blocks in the history still need a
// toolConfig, so then they are sent and the choice is left to the model).
internal sealed partial class BedrockRequestMapper
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The schema sent for functions without parameters.</summary>
    public static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    private BedrockToolConfig? MapTools(CreateResponseRequest request, List<BedrockMessage> messages)
    {
        IList<ResponseTool> tools = request.Tools ?? [];
        HashSet<string>? allowed = AllowedFunctionNames(request.ToolChoice);
        var config = new BedrockToolConfig();
        for (int i = 0; i < tools.Count; i++)
        {
            if (tools[i] is not FunctionTool function)
            {
                throw Invalid($"Tools of type '{tools[i].Type}' are not supported by the Bedrock provider; use function tools.", $"tools[{i}]");
            }

            if (string.IsNullOrEmpty(function.Name))
            {
                throw Invalid("A function tool needs a name.", $"tools[{i}].name");
            }

            // allowed_tools has no Converse equivalent: the tools outside the allowed set are not sent.
            if (allowed is null || allowed.Contains(function.Name))
            {
                config.Tools.Add(new BedrockTool
                {
                    ToolSpec = new BedrockToolSpec
                    {
                        Name = function.Name,
                        Description = function.Description,
                        InputSchema = new BedrockToolInputSchema { Json = function.Parameters is { ValueKind: JsonValueKind.Object } schema ? schema : EmptyObjectSchema },
                    },
                });
            }
        }

        if (config.Tools.Count == 0)
        {
            return null;
        }

        if (request.ToolChoice?.Mode == "none")
        {
            bool historyUsesTools = messages.Exists(m => m.Content.Exists(b => b.ToolUse is not null || b.ToolResult is not null));
            return historyUsesTools ? config : null;
        }

        config.ToolChoice = MapToolChoice(request.ToolChoice);
        return config;
    }

    private BedrockToolChoice? MapToolChoice(ToolChoice? choice)
    {
        if (choice is null)
        {
            return null;
        }

        if (choice.Mode is { } mode)
        {
            return mode switch
            {
                "auto" => new BedrockToolChoice { Auto = EmptyObject },
                "required" => new BedrockToolChoice { Any = EmptyObject },
                _ => throw Invalid($"Unknown tool_choice '{mode}'.", "tool_choice"),
            };
        }

        return choice.Tool switch
        {
            FunctionToolChoice { Name: { Length: > 0 } name } => new BedrockToolChoice { Tool = new BedrockSpecificToolChoice { Name = name } },
            AllowedToolsToolChoice { Mode: "required" } => new BedrockToolChoice { Any = EmptyObject },
            AllowedToolsToolChoice => new BedrockToolChoice { Auto = EmptyObject },
            _ => throw Invalid($"tool_choice of type '{choice.Tool?.Type}' is not supported by the Bedrock provider.", "tool_choice"),
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
            names.Add(tool is FunctionToolChoice { Name: { } name } ? name : throw Invalid($"allowed_tools may only list function tools with the Bedrock provider (found '{tool.Type}').", "tool_choice.tools"));
        }

        return names;
    }
}
