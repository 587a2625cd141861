using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>
/// The response a Messages answer is written into: its id derived from the message id (<c>resp_</c> + id), the
/// model Anthropic reports, and the request settings a response echoes.
/// </summary>
internal static class AnthropicResponseShell
{
    public static Response Create(CreateResponseRequest request, AnthropicMappedRequest mapped, AnthropicMessage message) => new()
    {
        Id = message.Id is { Length: > 0 } id ? "resp_" + id : null,
        Model = message.Model ?? mapped.Body.Model,
        Instructions = request.Instructions is { } instructions ? new ResponseInstructions(instructions) : null,
        Tools = request.Tools is { } tools ? [.. tools.Select(EchoTool)] : [],
        ToolChoice = request.ToolChoice ?? ToolChoice.Auto,
        ParallelToolCalls = request.ParallelToolCalls ?? true,
        Temperature = request.Temperature ?? 1,
        TopP = request.TopP ?? 1,
        MaxOutputTokens = mapped.Body.MaxTokens,
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

    // A response lists function tools with "strict" and "parameters" set: as Anthropic got them.
    private static ResponseTool EchoTool(ResponseTool tool)
    {
        if (tool is not FunctionTool function || (function.Strict is not null && function.Parameters is not null))
        {
            return tool;
        }

        var echo = (FunctionTool)function.ShallowClone();
        echo.Strict ??= false;
        echo.Parameters ??= AnthropicRequestMapper.EmptyObjectSchema;
        return echo;
    }
}
