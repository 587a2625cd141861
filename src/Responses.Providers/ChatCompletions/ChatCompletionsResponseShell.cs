using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Providers.ChatCompletions;

/// <summary>
/// The response a chat completion is written into: its id derived from the completion id (<c>resp_</c> + id), the
/// model the server reports, its creation time, and the request settings a response echoes.
/// </summary>
internal static class ChatCompletionsResponseShell
{
    private static readonly System.Text.Json.JsonElement EmptyObjectSchema =
        System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    public static Response Create(CreateResponseRequest request, ChatCompletionRequest body, ChatCompletion completion) => new()
    {
        Id = completion.Id is { Length: > 0 } id ? "resp_" + id : null,
        CreatedAt = completion.Created is > 0 and { } created ? created : 0,
        Model = completion.Model is { Length: > 0 } model ? model : body.Model,
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
        echo.Parameters ??= EmptyObjectSchema;
        return echo;
    }
}
