using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A Google API error: HTTP code, message, canonical status (<c>RESOURCE_EXHAUSTED</c>…) and typed details.</summary>
internal sealed class GeminiError
{
    public int? Code { get; set; }

    public string? Message { get; set; }

    public string? Status { get; set; }

    public List<JsonElement>? Details { get; set; }
}
