using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>Sampling, output length, structured output and thinking settings.</summary>
internal sealed class GeminiGenerationConfig
{
    public int? MaxOutputTokens { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public int? TopK { get; set; }

    public List<string>? StopSequences { get; set; }

    public string? ResponseMimeType { get; set; }

    public JsonElement? ResponseJsonSchema { get; set; }

    public GeminiThinkingConfig? ThinkingConfig { get; set; }

    public int? CandidateCount { get; set; }

    public int? Seed { get; set; }
}
