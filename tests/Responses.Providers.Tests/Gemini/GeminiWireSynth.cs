using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Builds the other form of a Gemini answer: the body a stream adds up to, and a stream of a body.</summary>
internal static class GeminiWireSynth
{
    /// <summary>The body of a stream: every chunk's parts in order, the last finish reason, usage, id and model.</summary>
    public static JsonElement ToBody(IReadOnlyList<JsonElement> chunks)
    {
        var parts = new JsonArray();
        JsonNode? finishReason = null;
        JsonNode? usage = null;
        foreach (JsonElement chunk in chunks)
        {
            if (chunk.TryGetProperty("usageMetadata", out JsonElement u) && u.TryGetProperty("promptTokenCount", out _))
            {
                usage = JsonNode.Parse(u.GetRawText());
            }

            if (!chunk.TryGetProperty("candidates", out JsonElement candidates))
            {
                continue;
            }

            JsonElement candidate = candidates[0];
            if (candidate.TryGetProperty("content", out JsonElement content) && content.TryGetProperty("parts", out JsonElement ps))
            {
                foreach (JsonElement p in ps.EnumerateArray())
                {
                    parts.Add(JsonNode.Parse(p.GetRawText()));
                }
            }

            if (candidate.TryGetProperty("finishReason", out JsonElement f))
            {
                finishReason = JsonValue.Create(f.GetString());
            }
        }

        JsonElement last = chunks[^1];
        var body = new JsonObject
        {
            ["candidates"] = new JsonArray(new JsonObject { ["content"] = new JsonObject { ["role"] = "model", ["parts"] = parts }, ["finishReason"] = finishReason, ["index"] = 0 }),
            ["usageMetadata"] = usage,
            ["modelVersion"] = last.GetProperty("modelVersion").GetString(),
            ["responseId"] = last.GetProperty("responseId").GetString(),
        };
        return Fixtures.ParseElement(body.ToJsonString());
    }

    /// <summary>A stream of a body: one chunk per part (text parts split in two), usage on every chunk, the finish reason on the last.</summary>
    public static IReadOnlyList<JsonElement> ToChunks(JsonElement body)
    {
        JsonElement candidate = body.GetProperty("candidates")[0];
        var pieces = new List<JsonNode>();
        foreach (JsonElement part in candidate.GetProperty("content").GetProperty("parts").EnumerateArray())
        {
            JsonObject node = JsonNode.Parse(part.GetRawText())!.AsObject();
            if (node["text"] is JsonValue text && text.GetValue<string>() is { Length: > 1 } s && node["thoughtSignature"] is null)
            {
                JsonObject first = node.DeepClone().AsObject();
                first["text"] = s[..(s.Length / 2)];
                node["text"] = s[(s.Length / 2)..];
                pieces.Add(first);
            }

            pieces.Add(node);
        }

        var chunks = new List<JsonElement>();
        int count = Math.Max(pieces.Count, 1);
        for (int i = 0; i < count; i++)
        {
            JsonArray parts = i < pieces.Count ? new JsonArray(pieces[i]) : [];
            var c = new JsonObject { ["content"] = new JsonObject { ["role"] = "model", ["parts"] = parts }, ["index"] = 0 };
            if (i == count - 1 && candidate.TryGetProperty("finishReason", out JsonElement f))
            {
                c["finishReason"] = f.GetString();
            }

            var chunk = new JsonObject
            {
                ["candidates"] = new JsonArray(c),
                ["modelVersion"] = body.GetProperty("modelVersion").GetString(),
                ["responseId"] = body.GetProperty("responseId").GetString(),
            };
            if (body.TryGetProperty("usageMetadata", out JsonElement usage))
            {
                chunk["usageMetadata"] = JsonNode.Parse(usage.GetRawText());
            }

            chunks.Add(Fixtures.ParseElement(chunk.ToJsonString()));
        }

        return chunks;
    }
}
