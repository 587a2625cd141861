namespace Responses.Providers.Anthropic;

/// <summary>
/// Per-model-family defaults of the Anthropic provider: the <c>max_tokens</c> sent when a request sets no
/// <c>max_output_tokens</c>, which models take adaptive thinking, and the thinking budget of each effort.
/// </summary>
public static class AnthropicModelDefaults
{
    /// <summary>
    /// Models that take adaptive thinking (Claude 4.6 and later): Opus 4.7 and the 5 generation accept nothing
    /// else, and budgeted thinking is deprecated on the 4.6 models.
    /// </summary>
    public static IReadOnlyList<string> AdaptiveThinkingModelPrefixes { get; } =
    [
        "claude-opus-4-6", "claude-sonnet-4-6", "claude-opus-4-7", "claude-opus-4-8",
        "claude-opus-5", "claude-sonnet-5", "claude-haiku-5", "claude-mythos", "claude-fable",
    ];

    /// <summary>
    /// <c>budget_tokens</c> by <c>reasoning.effort</c> for budgeted thinking. Anthropic's minimum is 1024; every value
    /// stays below the 32,000-token default <c>max_tokens</c> so that the answer keeps room.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ThinkingBudgets { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["minimal"] = 1024,
        ["low"] = 4096,
        ["medium"] = 10240,
        ["high"] = 20480,
        ["xhigh"] = 28672,
        ["max"] = 28672,
    };

    /// <summary>
    /// The <c>max_tokens</c> sent when the request sets no <c>max_output_tokens</c>: 4,096 for the Claude 3 models,
    /// 8,192 for Claude 3.5, and 32,000 for Claude 3.7 and later (the largest value every one of them accepts).
    /// </summary>
    /// <param name="model">The model name.</param>
    /// <returns>The default.</returns>
    public static int MaxTokens(string? model)
    {
        if (model is null)
        {
            return 32000;
        }

        if (model.StartsWith("claude-3-5", StringComparison.Ordinal))
        {
            return 8192;
        }

        if (model.StartsWith("claude-3-7", StringComparison.Ordinal))
        {
            return 32000;
        }

        return model.StartsWith("claude-3-", StringComparison.Ordinal) ? 4096 : 32000;
    }
}
