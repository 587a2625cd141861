using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Maps M.E.AI tools to Responses tools and back, with Microsoft.Extensions.AI.OpenAI's conventions: function
/// parameters normalized to <c>{"type","required","properties"}</c> (strict schemas transformed the way OpenAI
/// wants them), hosted tools to their Responses tool types, and a <see cref="ResponseToolAITool"/> carrying any
/// Responses tool unchanged.
/// </summary>
internal static class ToolMapper
{
    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> / <see cref="AITool"/> key that asks for strict schemas.</summary>
    public const string StrictKey = "strictJsonSchema";

    // What OpenAI's strict mode requires of a schema; the same transform M.E.AI.OpenAI applies.
    public static readonly AIJsonSchemaTransformCache StrictSchemaTransformCache = new(new AIJsonSchemaTransformOptions
    {
        DisallowAdditionalProperties = true,
        RequireAllProperties = true,
        MoveDefaultKeywordToDescription = true,
    });

    public static bool? HasStrict(IReadOnlyDictionary<string, object?>? properties) =>
        properties?.TryGetValue(StrictKey, out object? value) is true && value is bool strict ? strict : null;

    public static ResponseTool? ToResponseTool(AITool tool, ChatOptions? options)
    {
        switch (tool)
        {
            case ResponseToolAITool raw:
                return raw.Tool;

            case AIFunctionDeclaration function:
                return ToFunctionTool(function, options);

            case HostedWebSearchTool:
                return new WebSearchTool();

            case HostedFileSearchTool fileSearch:
                return new FileSearchTool
                {
                    VectorStoreIds = [.. fileSearch.Inputs?.OfType<HostedVectorStoreContent>().Select(c => c.VectorStoreId) ?? []],
                    MaxNumResults = fileSearch.MaximumResultCount,
                };

            case HostedCodeInterpreterTool codeInterpreter:
                List<string> fileIds = [.. codeInterpreter.Inputs?.OfType<HostedFileContent>().Select(f => f.FileId) ?? []];
                return new CodeInterpreterTool
                {
                    Container = new CodeInterpreterAutoContainer { FileIds = fileIds.Count > 0 ? fileIds : null },
                };

            case HostedMcpServerTool mcp:
                return ToMcpTool(mcp);

            default:
                // A tool with no Responses form (for example a provider-specific AITool) is left out, as M.E.AI.OpenAI does.
                return null;
        }
    }

    public static FunctionTool ToFunctionTool(AIFunctionDeclaration function, ChatOptions? options)
    {
        bool? strict = HasStrict(function.AdditionalProperties) ?? HasStrict(options?.AdditionalProperties);
        return new FunctionTool
        {
            Name = function.Name,
            Description = function.Description,
            Parameters = ToFunctionParameters(function, strict),
            Strict = strict,
        };
    }

    public static McpTool ToMcpTool(HostedMcpServerTool mcp)
    {
        var tool = new McpTool
        {
            ServerLabel = mcp.ServerName,
            ServerDescription = mcp.ServerDescription,
            Headers = mcp.Headers is { Count: > 0 } headers ? new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) : null,
            AllowedTools = mcp.AllowedTools is { } allowed ? McpAllowedTools.FromNames(allowed) : null,
        };

        // An absolute URL is a server; anything else names a connector (as M.E.AI.OpenAI decides).
        if (Uri.TryCreate(mcp.ServerAddress, UriKind.Absolute, out Uri? url))
        {
            tool.ServerUrl = url.ToString();
        }
        else
        {
            tool.ConnectorId = mcp.ServerAddress;
        }

        tool.RequireApproval = mcp.ApprovalMode switch
        {
            HostedMcpServerToolAlwaysRequireApprovalMode => McpRequireApproval.Always,
            HostedMcpServerToolNeverRequireApprovalMode => McpRequireApproval.Never,
            HostedMcpServerToolRequireSpecificApprovalMode specific => new McpApprovalFilter
            {
                Always = specific.AlwaysRequireApprovalToolNames is { Count: > 0 } always ? new McpToolFilter { ToolNames = [.. always] } : null,
                Never = specific.NeverRequireApprovalToolNames is { Count: > 0 } never ? new McpToolFilter { ToolNames = [.. never] } : null,
            },
            _ => null,
        };

        return tool;
    }

    // OpenAI's function "parameters" object: type, required, properties and additionalProperties always present (M.E.AI.OpenAI's ToolJson shape).
    private static JsonElement ToFunctionParameters(AIFunctionDeclaration function, bool? strict)
    {
        JsonElement schema = strict is true ? StrictSchemaTransformCache.GetOrCreateTransformedSchema(function) : function.JsonSchema;
        var parameters = new JsonObject
        {
            ["type"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String ? type.GetString() : "object",
            ["required"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required", out JsonElement required) ? JsonNode.Parse(required.GetRawText()) : new JsonArray(),
            ["properties"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out JsonElement properties) ? JsonNode.Parse(properties.GetRawText()) : new JsonObject(),
        };

        // M.E.AI.OpenAI always closes the object ("additionalProperties": false) unless the schema says otherwise.
        parameters["additionalProperties"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("additionalProperties", out JsonElement additional)
            ? JsonNode.Parse(additional.GetRawText())
            : false;

        return JsonSerializer.SerializeToElement(parameters, ExtensionsAIJsonContext.Default.JsonObject);
    }

    /// <summary>Maps a Responses tool to the M.E.AI tool a generic <see cref="IChatClient"/> understands.</summary>
    public static AITool ToAITool(ResponseTool tool) => tool switch
    {
        FunctionTool function => AIFunctionFactory.CreateDeclaration(
            function.Name ?? string.Empty,
            function.Description,
            function.Parameters ?? EmptyObjectSchema),
        WebSearchTool or WebSearchPreviewTool => new HostedWebSearchTool(),
        FileSearchTool fileSearch => new HostedFileSearchTool
        {
            Inputs = [.. fileSearch.VectorStoreIds.Select(id => new HostedVectorStoreContent(id))],
            MaximumResultCount = fileSearch.MaxNumResults,
        },
        CodeInterpreterTool codeInterpreter => new HostedCodeInterpreterTool
        {
            Inputs = codeInterpreter.Container?.Auto?.FileIds is { Count: > 0 } ids ? [.. ids.Select(id => new HostedFileContent(id))] : null,
        },
        McpTool { ServerLabel: { } label } mcp when (mcp.ServerUrl ?? mcp.ConnectorId) is { } address => new HostedMcpServerTool(label, address)
        {
            ServerDescription = mcp.ServerDescription,
            AllowedTools = mcp.AllowedTools?.ToolNames ?? mcp.AllowedTools?.Filter?.ToolNames,
            ApprovalMode = mcp.RequireApproval?.Mode switch
            {
                "always" => HostedMcpServerToolApprovalMode.AlwaysRequire,
                "never" => HostedMcpServerToolApprovalMode.NeverRequire,
                _ when mcp.RequireApproval?.Filter is { } filter => HostedMcpServerToolApprovalMode.RequireSpecific(filter.Always?.ToolNames, filter.Never?.ToolNames),
                _ => null,
            },
        },
        _ => new ResponseToolAITool(tool),
    };

    private static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();
}
