using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A function's result, sent back in a user turn.</summary>
internal sealed class GeminiFunctionResponse
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public JsonElement Response { get; set; }
}
