namespace Responses.Providers.Anthropic.Wire;

/// <summary>The request's <c>thinking</c>: <c>enabled</c> with a budget, or <c>adaptive</c>.</summary>
internal sealed class AnthropicThinkingConfig
{
    public string Type { get; set; } = "enabled";

    public int? BudgetTokens { get; set; }
}
