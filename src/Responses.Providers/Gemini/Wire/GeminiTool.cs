using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A tool entry: function declarations (other Gemini tools pass through as extension data).</summary>
internal sealed class GeminiTool
{
    public List<GeminiFunctionDeclaration>? FunctionDeclarations { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
