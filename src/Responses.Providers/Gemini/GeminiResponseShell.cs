using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>The response an answer is written into: id from <c>responseId</c>, the model Gemini reports, and the echoed request settings.</summary>
internal static class GeminiResponseShell
{
    public static Response Create(CreateResponseRequest request, GeminiMappedRequest mapped, GeminiGenerateContentResponse first) => new()
    {
        Id = first.ResponseId is { Length: > 0 } id ? "resp_" + id : null,
        Model = first.ModelVersion ?? mapped.Model,
        Instructions = request.Instructions is { } instructions ? new ResponseInstructions(instructions) : null,
        Tools = request.Tools is { } tools ? [.. tools.Select(EchoTool)] : [],
        ToolChoice = request.ToolChoice ?? ToolChoice.Auto,
        ParallelToolCalls = request.ParallelToolCalls ?? true,
        Temperature = request.Temperature ?? 1,
        TopP = request.TopP ?? 1,
        MaxOutputTokens = request.MaxOutputTokens,
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

    // A response lists function tools with "strict" and "parameters" set.
    private static ResponseTool EchoTool(ResponseTool tool)
    {
        if (tool is not FunctionTool function || (function.Strict is not null && function.Parameters is not null))
        {
            return tool;
        }

        var echo = (FunctionTool)function.ShallowClone();
        echo.Strict ??= false;
        echo.Parameters ??= EmptySchema;
        return echo;
    }

    private static readonly System.Text.Json.JsonElement EmptySchema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();
}
