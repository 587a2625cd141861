namespace Responses.Providers.Gemini.Wire;

/// <summary>Thinking: a token budget (Gemini 2.5) or a level (Gemini 3), and whether thought summaries come back.</summary>
internal sealed class GeminiThinkingConfig
{
    public int? ThinkingBudget { get; set; }

    public string? ThinkingLevel { get; set; }

    public bool? IncludeThoughts { get; set; }
}
