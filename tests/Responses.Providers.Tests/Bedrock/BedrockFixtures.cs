using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

/// <summary>The Bedrock fixtures and a fold of a decoded stream into the equivalent <c>converse</c> body.</summary>
internal static class BedrockFixtures
{
    public const string VercelDirectory = "wire/vercel-ai-fixtures/packages/amazon-bedrock/src/__fixtures__";

    public static IEnumerable<string> ChunkFiles() => Fixtures.Enumerate(VercelDirectory + "/*.chunks.txt").Select(Path.GetFileName)!;

    public static IEnumerable<string> BodyFiles() => Fixtures.Enumerate(VercelDirectory + "/*.json").Select(Path.GetFileName)!;

    public static IReadOnlyList<JsonElement> Chunks(string file) => Fixtures.ReadChunks($"{VercelDirectory}/{file}");

    public static JsonElement Body(string file) => Fixtures.ReadJson($"{VercelDirectory}/{file}");

    /// <summary>The converse body a stream adds up to (blocks in index order, tool input parsed).</summary>
    public static JsonElement Fold(IEnumerable<JsonElement> chunks)
    {
        var blocks = new SortedDictionary<int, JsonObject>();
        var inputs = new Dictionary<int, string>();
        var body = new JsonObject();
        foreach (JsonElement chunk in chunks)
        {
            JsonProperty e = chunk.EnumerateObject().Single();
            JsonElement p = e.Value;
            int index = p.TryGetProperty("contentBlockIndex", out JsonElement i) ? i.GetInt32() : 0;
            switch (e.Name)
            {
                case "contentBlockStart" when p.GetProperty("start").TryGetProperty("toolUse", out JsonElement toolUse):
                    blocks[index] = new JsonObject { ["toolUse"] = JsonNode.Parse(toolUse.GetRawText()) };
                    inputs[index] = string.Empty;
                    break;
                case "contentBlockDelta":
                    JsonElement delta = p.GetProperty("delta");
                    if (delta.TryGetProperty("text", out JsonElement text))
                    {
                        JsonObject block = blocks.TryGetValue(index, out JsonObject? b) ? b : blocks[index] = new JsonObject { ["text"] = string.Empty };
                        block["text"] = block["text"]!.GetValue<string>() + text.GetString();
                    }
                    else if (delta.TryGetProperty("toolUse", out JsonElement tool))
                    {
                        inputs[index] += tool.GetProperty("input").GetString();
                    }
                    else if (delta.TryGetProperty("reasoningContent", out JsonElement reasoning))
                    {
                        JsonObject block = blocks.TryGetValue(index, out JsonObject? b) ? b : blocks[index] = new JsonObject { ["reasoningContent"] = new JsonObject() };
                        JsonObject content = block["reasoningContent"]!.AsObject();
                        if (reasoning.TryGetProperty("redactedContent", out JsonElement redacted))
                        {
                            content["redactedContent"] = redacted.GetString();
                        }
                        else
                        {
                            JsonObject rt = content["reasoningText"]?.AsObject() ?? (JsonObject)(content["reasoningText"] = new JsonObject { ["text"] = string.Empty });
                            if (reasoning.TryGetProperty("text", out JsonElement t))
                            {
                                rt["text"] = rt["text"]!.GetValue<string>() + t.GetString();
                            }

                            if (reasoning.TryGetProperty("signature", out JsonElement s))
                            {
                                rt["signature"] = s.GetString();
                            }
                        }
                    }

                    break;
                case "messageStop":
                    body["stopReason"] = p.GetProperty("stopReason").GetString();
                    if (p.TryGetProperty("additionalModelResponseFields", out JsonElement fields))
                    {
                        body["additionalModelResponseFields"] = JsonNode.Parse(fields.GetRawText());
                    }

                    break;
                case "metadata" when p.TryGetProperty("usage", out JsonElement usage):
                    body["usage"] = JsonNode.Parse(usage.GetRawText());
                    break;
            }
        }

        foreach ((int index, string input) in inputs)
        {
            blocks[index]["toolUse"]!["input"] = JsonNode.Parse(input.Length == 0 ? "{}" : input);
        }

        body["output"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = new JsonArray([.. blocks.Values]) } };
        return JsonDocument.Parse(body.ToJsonString()).RootElement.Clone();
    }

    /// <summary>The synthetic binary fixture's events as chunk lines (event type → payload), via the test's own decoder-independent split.</summary>
    public static IReadOnlyList<JsonElement> SyntheticChunks()
    {
        var chunks = new List<JsonElement>();
        foreach (byte[] frame in Fixtures.ReadAwsEventStreamMessages("wire/bedrock/converse-stream-synthetic.bin"))
        {
            Responses.Providers.Bedrock.EventStream.EventStreamReader.TryDecode(frame, out var message, out _, out _).Should().BeTrue();
            var node = new JsonObject { [message!.EventType!] = JsonNode.Parse(message.Payload.Span) };
            chunks.Add(JsonDocument.Parse(node.ToJsonString()).RootElement.Clone());
        }

        return chunks;
    }
}
