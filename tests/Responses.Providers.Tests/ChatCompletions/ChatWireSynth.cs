using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>
/// Builds the other form of a recorded answer: the body a stream adds up to, and the stream a body would have been
/// sent as (reasoning, text and arguments split in small deltas, tool calls by index, usage in a last chunk).
/// </summary>
internal static class ChatWireSynth
{
    public static JsonElement ToCompletion(IReadOnlyList<JsonElement> chunks)
    {
        var content = new StringBuilder();
        var reasoning = new StringBuilder();
        var refusal = new StringBuilder();
        var calls = new SortedDictionary<int, (string? Id, string? Name, StringBuilder Arguments)>();
        string? finish = null;
        JsonNode? usage = null;
        JsonElement? first = null;
        foreach (JsonElement chunk in chunks)
        {
            if (chunk.TryGetProperty("usage", out JsonElement u) && u.ValueKind == JsonValueKind.Object)
            {
                usage = JsonNode.Parse(u.GetRawText());
            }

            if (!chunk.TryGetProperty("choices", out JsonElement choices) || choices.GetArrayLength() == 0)
            {
                continue;
            }

            first ??= chunk;
            JsonElement choice = choices[0];
            if (choice.TryGetProperty("finish_reason", out JsonElement f) && f.ValueKind == JsonValueKind.String)
            {
                finish = f.GetString();
            }

            JsonElement delta = choice.GetProperty("delta");
            Append(content, delta, "content");
            Append(reasoning, delta, "reasoning_content");
            Append(reasoning, delta, "reasoning");
            Append(refusal, delta, "refusal");
            if (delta.TryGetProperty("tool_calls", out JsonElement toolCalls) && toolCalls.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement call in toolCalls.EnumerateArray())
                {
                    int index = call.GetProperty("index").GetInt32();
                    (string? Id, string? Name, StringBuilder Arguments) state = calls.TryGetValue(index, out var s) ? s : (null, null, new StringBuilder());
                    state.Id ??= call.TryGetProperty("id", out JsonElement id) ? id.GetString() : null;
                    if (call.TryGetProperty("function", out JsonElement function))
                    {
                        state.Name ??= function.TryGetProperty("name", out JsonElement name) ? name.GetString() : null;
                        Append(state.Arguments, function, "arguments");
                    }

                    calls[index] = state;
                }
            }
        }

        JsonElement head = first ?? chunks[0];
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content.Length > 0 ? content.ToString() : null };
        if (reasoning.Length > 0)
        {
            message["reasoning_content"] = reasoning.ToString();
        }

        if (refusal.Length > 0)
        {
            message["refusal"] = refusal.ToString();
        }

        if (calls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. calls.Values.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments.ToString() },
            })]);
        }

        var body = new JsonObject
        {
            ["id"] = head.GetProperty("id").GetString(),
            ["object"] = "chat.completion",
            ["created"] = head.GetProperty("created").GetInt64(),
            ["model"] = head.GetProperty("model").GetString(),
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
        };
        if (usage is not null)
        {
            body["usage"] = usage;
        }

        return JsonSerializer.SerializeToElement(body);
    }

    public static IReadOnlyList<JsonElement> ToChunks(JsonElement completion)
    {
        var chunks = new List<JsonNode>();
        JsonElement choice = completion.GetProperty("choices")[0];
        JsonElement message = choice.GetProperty("message");
        JsonObject Chunk(JsonObject delta, string? finish = null) => new()
        {
            ["id"] = completion.GetProperty("id").GetString(),
            ["object"] = "chat.completion.chunk",
            ["created"] = completion.GetProperty("created").GetInt64(),
            ["model"] = completion.GetProperty("model").GetString(),
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        };

        chunks.Add(Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }));
        foreach (string field in new[] { "reasoning_content", "reasoning", "content", "refusal" })
        {
            if (message.TryGetProperty(field, out JsonElement text) && text.ValueKind == JsonValueKind.String)
            {
                foreach (string piece in Split(text.GetString()!))
                {
                    chunks.Add(Chunk(new JsonObject { [field] = piece }));
                }
            }
        }

        if (message.TryGetProperty("tool_calls", out JsonElement calls) && calls.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement call in calls.EnumerateArray())
            {
                JsonElement function = call.GetProperty("function");
                chunks.Add(Chunk(new JsonObject
                {
                    ["tool_calls"] = new JsonArray(new JsonObject
                    {
                        ["index"] = index,
                        ["id"] = call.GetProperty("id").GetString(),
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = function.GetProperty("name").GetString(), ["arguments"] = "" },
                    }),
                }));
                foreach (string piece in Split(function.GetProperty("arguments").GetString()!))
                {
                    chunks.Add(Chunk(new JsonObject { ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = index, ["function"] = new JsonObject { ["arguments"] = piece } }) }));
                }

                index++;
            }
        }

        chunks.Add(Chunk(new JsonObject(), choice.GetProperty("finish_reason").GetString()));
        if (completion.TryGetProperty("usage", out JsonElement usage))
        {
            JsonObject last = Chunk(new JsonObject());
            last["choices"] = new JsonArray();
            last["usage"] = JsonNode.Parse(usage.GetRawText());
            chunks.Add(last);
        }

        return [.. chunks.Select(c => JsonSerializer.SerializeToElement(c))];
    }

    private static void Append(StringBuilder builder, JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String)
        {
            builder.Append(value.GetString());
        }
    }

    // Pieces of about 7 characters, never splitting a surrogate pair.
    private static IEnumerable<string> Split(string text)
    {
        for (int i = 0; i < text.Length;)
        {
            int length = Math.Min(7, text.Length - i);
            if (i + length < text.Length && char.IsHighSurrogate(text[i + length - 1]))
            {
                length++;
            }

            yield return text.Substring(i, length);
            i += length;
        }

        _ = CultureInfo.InvariantCulture;
    }
}
