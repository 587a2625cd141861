namespace Responses.Providers.Bedrock;

/// <summary>The response a Converse answer is written into: a new id, the model id, and the request settings a response echoes.</summary>
internal static class BedrockResponseShell
{
    public static Response Create(CreateResponseRequest request, string model, int? maxTokens) => new()
    {
        Model = model,
        Instructions = request.Instructions is { } instructions ? new ResponseInstructions(instructions) : null,
        Tools = request.Tools is { } tools ? [.. tools.Select(EchoTool)] : [],
        ToolChoice = request.ToolChoice ?? ToolChoice.Auto,
        ParallelToolCalls = request.ParallelToolCalls ?? true,
        Temperature = request.Temperature ?? 1,
        TopP = request.TopP ?? 1,
        MaxOutputTokens = maxTokens,
        Metadata = request.Metadata is { } metadata ? new Dictionary<string, string>(metadata, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal),
        Text = request.Text ?? new ResponseTextOptions { Format = new TextResponseFormat() },
        Reasoning = request.Reasoning,
        Store = false,
        Background = false,
        User = request.User,
        SafetyIdentifier = request.SafetyIdentifier,
        PromptCacheKey = request.PromptCacheKey,
        Truncation = ResponseTruncation.Disabled,
    };

    // A response lists function tools with "strict" and "parameters" set: as Bedrock got them.
    private static ResponseTool EchoTool(ResponseTool tool)
    {
        if (tool is not FunctionTool function || (function.Strict is not null && function.Parameters is not null))
        {
            return tool;
        }

        var echo = (FunctionTool)function.ShallowClone();
        echo.Strict ??= false;
        echo.Parameters ??= BedrockRequestMapper.EmptyObjectSchema;
        return echo;
    }
}
