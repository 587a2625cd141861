using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A part of a turn: text (a thought when <see cref="Thought"/>), inline data, a file, a function call or response.</summary>
internal sealed class GeminiPart
{
    public string? Text { get; set; }

    public bool? Thought { get; set; }

    public string? ThoughtSignature { get; set; }

    public GeminiBlob? InlineData { get; set; }

    public GeminiFileData? FileData { get; set; }

    public GeminiFunctionCall? FunctionCall { get; set; }

    public GeminiFunctionResponse? FunctionResponse { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
