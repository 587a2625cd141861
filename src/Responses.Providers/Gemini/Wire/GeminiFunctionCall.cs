using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>
/// A function call. Streamed arguments (Vertex <c>streamFunctionCallArguments</c>) come as <see cref="PartialArgs"/>
/// over several chunks while <see cref="WillContinue"/> is true.
/// </summary>
internal sealed class GeminiFunctionCall
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public JsonElement? Args { get; set; }

    public List<GeminiPartialArg>? PartialArgs { get; set; }

    public bool? WillContinue { get; set; }
}
