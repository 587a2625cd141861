namespace Responses.Providers.Gemini;

/// <summary>How <c>reasoning.effort</c> becomes Gemini's <c>thinkingConfig</c> (see <c>docs/providers/gemini.md</c>).</summary>
public static class GeminiThinking
{
    /// <summary>The default <c>thinkingBudget</c> per effort, for budgeted models (Gemini 2.5 and earlier).</summary>
    public static readonly IReadOnlyDictionary<string, int> Budgets = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["none"] = 0,
        ["minimal"] = 512,
        ["low"] = 1024,
        ["medium"] = 8192,
        ["high"] = 24576,
        ["xhigh"] = 32768,
        ["max"] = 32768,
    };

    /// <summary>Whether a model takes <c>thinkingLevel</c> (Gemini 3 and later) rather than a budget.</summary>
    /// <param name="model">The model name.</param>
    /// <returns><see langword="true"/> for level-based models.</returns>
    public static bool UsesLevel(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string name = model[(model.LastIndexOf('/') + 1)..];
        return name.StartsWith("gemini-3", StringComparison.Ordinal) || name.StartsWith("gemini-4", StringComparison.Ordinal);
    }

    /// <summary>
    /// The <c>thinkingLevel</c> of an effort for Gemini 3 models. Gemini 3 cannot turn thinking off, so <c>none</c>
    /// becomes <c>low</c>, the lowest level every Gemini 3 model accepts.
    /// </summary>
    /// <param name="effort">The effort.</param>
    /// <returns>The level.</returns>
    public static string Level(string effort) => effort switch
    {
        "none" => "low",
        "minimal" => "minimal",
        "low" => "low",
        "medium" => "medium",
        _ => "high",
    };
}
