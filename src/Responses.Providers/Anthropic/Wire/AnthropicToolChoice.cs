namespace Responses.Providers.Anthropic.Wire;

/// <summary>The request's <c>tool_choice</c>: <c>auto</c>, <c>any</c>, <c>tool</c> (with a name) or <c>none</c>.</summary>
internal sealed class AnthropicToolChoice
{
    public string Type { get; set; } = "auto";

    public string? Name { get; set; }

    public bool? DisableParallelToolUse { get; set; }
}
