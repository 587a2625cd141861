using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Gemini.Wire;

/// <summary>The body of <c>models/{model}:generateContent</c> (and <c>:streamGenerateContent</c>).</summary>
internal sealed class GeminiGenerateContentRequest
{
    public List<GeminiContent> Contents { get; set; } = [];

    public GeminiContent? SystemInstruction { get; set; }

    public List<GeminiTool>? Tools { get; set; }

    public GeminiToolConfig? ToolConfig { get; set; }

    public GeminiGenerationConfig? GenerationConfig { get; set; }

    public JsonElement? SafetySettings { get; set; }

    public string? CachedContent { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
