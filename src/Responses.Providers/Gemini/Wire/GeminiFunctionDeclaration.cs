using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A function the model may call; the schema goes in <see cref="ParametersJsonSchema"/> (JSON Schema) or <see cref="Parameters"/> (the OpenAPI subset).</summary>
internal sealed class GeminiFunctionDeclaration
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public JsonElement? ParametersJsonSchema { get; set; }

    public JsonElement? Parameters { get; set; }
}
