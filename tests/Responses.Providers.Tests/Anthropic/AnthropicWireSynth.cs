using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>
/// Converts between the two forms of an Anthropic answer, so that every recording can be replayed both ways:
/// a stream is accumulated into the body Anthropic would have returned (as the SDKs' accumulators do), and a
/// body is streamed as Anthropic streams (empty block starts, deltas in small pieces, stop reason and usage in
/// <c>message_delta</c>).
/// </summary>
internal static class AnthropicWireSynth
{
    public static JsonElement ToMessage(IReadOnlyList<JsonElement> events)
    {
        JsonObject? message = null;
        var json = new Dictionary<int, string>();
        foreach (JsonElement e in events)
        {
            string type = e.GetProperty("type").GetString()!;
            switch (type)
            {
                case "message_start":
                    message = JsonNode.Parse(e.GetProperty("message").GetRawText())!.AsObject();
                    message["content"] ??= new JsonArray();
                    break;
                case "content_block_start":
                    {
                        JsonArray content = message!["content"]!.AsArray();
                        int index = e.GetProperty("index").GetInt32();
                        while (content.Count <= index)
                        {
                            content.Add(null);
                        }

                        content[index] = JsonNode.Parse(e.GetProperty("content_block").GetRawText());
                        break;
                    }

                case "content_block_delta":
                    {
                        int index = e.GetProperty("index").GetInt32();
                        JsonObject block = message!["content"]![index]!.AsObject();
                        JsonElement delta = e.GetProperty("delta");
                        switch (delta.GetProperty("type").GetString())
                        {
                            case "text_delta":
                                block["text"] = (block["text"]?.GetValue<string>() ?? string.Empty) + delta.GetProperty("text").GetString();
                                break;
                            case "thinking_delta":
                                block["thinking"] = (block["thinking"]?.GetValue<string>() ?? string.Empty) + delta.GetProperty("thinking").GetString();
                                break;
                            case "signature_delta":
                                block["signature"] = (block["signature"]?.GetValue<string>() ?? string.Empty) + delta.GetProperty("signature").GetString();
                                break;
                            case "citations_delta":
                                if (block["citations"] is not JsonArray citations)
                                {
                                    citations = [];
                                    block["citations"] = citations;
                                }

                                citations.Add(JsonNode.Parse(delta.GetProperty("citation").GetRawText()));
                                break;
                            case "input_json_delta":
                                json[index] = json.GetValueOrDefault(index, string.Empty) + delta.GetProperty("partial_json").GetString();
                                break;
                            default:
                                break;
                        }

                        break;
                    }

                case "content_block_stop":
                    {
                        int index = e.GetProperty("index").GetInt32();
                        if (json.Remove(index, out string? input) && input.Length > 0)
                        {
                            message!["content"]![index]!["input"] = JsonNode.Parse(input);
                        }

                        break;
                    }

                case "message_delta":
                    foreach (JsonProperty property in e.GetProperty("delta").EnumerateObject())
                    {
                        message![property.Name] = JsonNode.Parse(property.Value.GetRawText());
                    }

                    if (e.TryGetProperty("usage", out JsonElement usage))
                    {
                        JsonObject target = message!["usage"]?.AsObject() ?? [];
                        message["usage"] = target;
                        foreach (JsonProperty property in usage.EnumerateObject())
                        {
                            target[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return JsonSerializer.SerializeToElement(message);
    }

    public static IReadOnlyList<JsonElement> ToEvents(JsonElement body)
    {
        var events = new List<JsonNode>();
        JsonObject start = JsonNode.Parse(body.GetRawText())!.AsObject();
        JsonArray content = start["content"]?.AsArray() ?? [];
        start["content"] = new JsonArray();
        start["stop_reason"] = null;
        start["stop_sequence"] = null;
        start.Remove("stop_details");
        events.Add(new JsonObject { ["type"] = "message_start", ["message"] = start });
        for (int i = 0; i < content.Count; i++)
        {
            JsonObject block = content[i]!.AsObject();
            string type = block["type"]!.GetValue<string>();
            switch (type)
            {
                case "text":
                    {
                        string text = block["text"]!.GetValue<string>();
                        JsonArray? citations = block["citations"] as JsonArray;
                        events.Add(BlockStart(i, new JsonObject { ["type"] = "text", ["text"] = string.Empty }));
                        foreach (JsonNode? citation in citations ?? [])
                        {
                            events.Add(Delta(i, new JsonObject { ["type"] = "citations_delta", ["citation"] = citation!.DeepClone() }));
                        }

                        foreach (string piece in Pieces(text))
                        {
                            events.Add(Delta(i, new JsonObject { ["type"] = "text_delta", ["text"] = piece }));
                        }

                        break;
                    }

                case "tool_use":
                    {
                        JsonObject head = block.DeepClone().AsObject();
                        head["input"] = new JsonObject();
                        events.Add(BlockStart(i, head));
                        string input = block["input"]?.ToJsonString() ?? "{}";
                        foreach (string piece in input == "{}" ? [string.Empty] : Pieces(input))
                        {
                            events.Add(Delta(i, new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = piece }));
                        }

                        break;
                    }

                case "thinking":
                    events.Add(BlockStart(i, new JsonObject { ["type"] = "thinking", ["thinking"] = string.Empty, ["signature"] = string.Empty }));
                    foreach (string piece in Pieces(block["thinking"]!.GetValue<string>()))
                    {
                        events.Add(Delta(i, new JsonObject { ["type"] = "thinking_delta", ["thinking"] = piece }));
                    }

                    events.Add(Delta(i, new JsonObject { ["type"] = "signature_delta", ["signature"] = block["signature"]!.GetValue<string>() }));
                    break;
                default:
                    events.Add(BlockStart(i, block.DeepClone()));
                    break;
            }

            events.Add(new JsonObject { ["type"] = "content_block_stop", ["index"] = i });
        }

        var delta = new JsonObject
        {
            ["stop_reason"] = body.GetProperty("stop_reason").GetString(),
            ["stop_sequence"] = body.TryGetProperty("stop_sequence", out JsonElement sequence) ? JsonNode.Parse(sequence.GetRawText()) : null,
        };
        if (body.TryGetProperty("stop_details", out JsonElement details))
        {
            delta["stop_details"] = JsonNode.Parse(details.GetRawText());
        }

        var messageDelta = new JsonObject { ["type"] = "message_delta", ["delta"] = delta };
        if (body.TryGetProperty("usage", out JsonElement usage))
        {
            messageDelta["usage"] = JsonNode.Parse(usage.GetRawText());
        }

        events.Add(messageDelta);
        events.Add(new JsonObject { ["type"] = "message_stop" });
        return events.Select(n => JsonSerializer.SerializeToElement(n)).ToList();
    }

    private static JsonObject BlockStart(int index, JsonNode block) =>
        new() { ["type"] = "content_block_start", ["index"] = index, ["content_block"] = block };

    private static JsonObject Delta(int index, JsonNode delta) =>
        new() { ["type"] = "content_block_delta", ["index"] = index, ["delta"] = delta };

    private static IEnumerable<string> Pieces(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int length = Math.Min(7, text.Length - i);
            if (char.IsHighSurrogate(text[i + length - 1]) && i + length < text.Length)
            {
                length++;
            }

            yield return text.Substring(i, length);
            i += length;
        }
    }
}
