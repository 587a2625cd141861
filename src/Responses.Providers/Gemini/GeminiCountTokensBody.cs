using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>
/// The body of <c>models/{model}:countTokens</c> for a mapped <c>generateContent</c> body. AI Studio takes the whole
/// request as <c>generateContentRequest</c> (with <c>model</c>), so system instruction and tools are counted; Vertex
/// AI takes <c>contents</c>, <c>systemInstruction</c>, <c>tools</c> and <c>generationConfig</c> at the top level.
/// </summary>
internal static class GeminiCountTokensBody
{
    private static readonly string[] VertexFields = ["contents", "systemInstruction", "tools", "generationConfig"];

    public static JsonObject Create(GeminiResponsesClientOptions options, GeminiMappedRequest mapped)
    {
        JsonObject request = JsonSerializer.SerializeToNode(mapped.Body, GeminiJson.Request)!.AsObject();
        if (!options.IsVertex)
        {
            request.Remove("labels");
            request.Insert(0, "model", "models/" + mapped.Model);
            return new JsonObject { ["generateContentRequest"] = request };
        }

        var body = new JsonObject();
        foreach (string field in VertexFields)
        {
            if (request[field] is { } value)
            {
                body[field] = value.DeepClone();
            }
        }

        return body;
    }
}
