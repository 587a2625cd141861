namespace Responses.Providers.Anthropic.Wire;

/// <summary>The body of <c>POST /v1/messages/count_tokens</c>: a Messages body without the sampling and output fields.</summary>
internal sealed class AnthropicCountTokensRequest
{
    public string? Model { get; set; }

    public List<AnthropicContentBlock>? System { get; set; }

    public List<AnthropicMessageParam> Messages { get; set; } = [];

    public List<AnthropicTool>? Tools { get; set; }

    public AnthropicToolChoice? ToolChoice { get; set; }

    public AnthropicThinkingConfig? Thinking { get; set; }

    /// <summary>The count-relevant fields of a mapped Messages body (same translation as a create).</summary>
    public static AnthropicCountTokensRequest From(AnthropicMessagesRequest body) => new()
    {
        Model = body.Model,
        System = body.System,
        Messages = body.Messages,
        Tools = body.Tools,
        ToolChoice = body.ToolChoice,
        Thinking = body.Thinking,
    };
}
