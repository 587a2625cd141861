using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Gateway.Tests;

/// <summary>
/// Derives bad request bodies from valid ones: structural mutations on the JSON tree (delete, duplicate, retype,
/// wrong enum strings, deep nesting, huge numbers, arrays for objects, unknown items with broken fields), then
/// sometimes byte-level damage (truncation, invalid UTF-8, flipped bytes). Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class GatewayFuzzMutator(Random random)
{
    private static readonly string[] Strings =
    [
        "", "bogus", "message", "function_call", "function_call_output", "input_text", "output_text", "input_image", "input_file",
        "reasoning", "user", "assistant", "system", "developer", "tool", "auto", "required", "none", "json_schema", "json_object",
        "low", "high", "minimal", "disabled", "mcp", "web_search", "file_search", "computer_use_preview", "code_interpreter",
        "image_generation", "local_shell", "custom", "in_progress", "completed", "gpt", "claude", "\u0000", "\uD83D\uDE00",
        "resp_", "conv_", "sk-", "30d", "-1d", "99999999999999999999d", "5000000d", "permanent", "https://169.254.169.254/",
        "http://127.0.0.1:1/mcp", "data:image/png;base64,@@@", new string('x', 5000),
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1.5", "-0", "1e400", "-1e400", "99999999999999999999999999", "2147483648", "-2147483649",
        "9223372036854775808", "1e-400", "3.4e38", "0.000001", "18446744073709551616",
    ];

    private static readonly string[] ItemTypes =
    [
        "message", "function_call", "function_call_output", "reasoning", "item_reference", "mcp_call", "mcp_approval_response",
        "computer_call", "computer_call_output", "web_search_call", "file_search_call", "image_generation_call", "local_shell_call",
        "custom_tool_call", "compaction", "no_such_item", "", "input_text",
    ];

    /// <summary>A mutated body: 1–4 tree mutations on <paramref name="seed"/>, then byte damage one time in five.</summary>
    public byte[] Mutate(string seed)
    {
        JsonNode root = JsonNode.Parse(seed)!;
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            root = MutateTree(root);
        }

        byte[] bytes = Write(root, duplicate: random.Next(8) == 0);
        return random.Next(5) == 0 ? Damage(bytes) : bytes;
    }

    private JsonNode MutateTree(JsonNode root)
    {
        List<JsonNode> nodes = [];
        Collect(root, nodes);
        JsonNode target = nodes[random.Next(nodes.Count)];
        JsonNode replacement;
        switch (random.Next(9))
        {
            case 0:
                // Delete a field or an element.
                if (target.Parent is JsonObject o)
                {
                    o.Remove(target.GetPropertyName());
                }
                else if (target.Parent is JsonArray a)
                {
                    a.Remove(target);
                }

                return root;
            case 1:
                replacement = RandomValue(depth: 0);
                break;
            case 2:
                replacement = JsonValue.Create(Strings[random.Next(Strings.Length)]);
                break;
            case 3:
                replacement = JsonNode.Parse(Numbers[random.Next(Numbers.Length)])!;
                break;
            case 4:
                replacement = Nest(random.Next(3) == 0 ? random.Next(60, 200) : random.Next(2, 40));
                break;
            case 5:
                // An array where an object is expected, and the reverse.
                replacement = target is JsonArray arr ? new JsonObject { ["0"] = arr.Count > 0 ? arr[0]?.DeepClone() : null } : new JsonArray(target.DeepClone());
                break;
            case 6:
                replacement = BrokenItem();
                if (FindArray(nodes) is { } items)
                {
                    items.Insert(random.Next(items.Count + 1), replacement);
                    return root;
                }

                break;
            case 7:
                // Add an unknown or known field with a wrong value.
                if (target is JsonObject obj)
                {
                    string name = random.Next(2) == 0 ? "x_" + random.Next(100) : Strings[random.Next(Strings.Length)];
                    obj[name] = RandomValue(depth: 0);
                    return root;
                }

                replacement = RandomValue(depth: 0);
                break;
            default:
                replacement = JsonValue.Create(random.Next(2) == 0);
                break;
        }

        return Replace(root, target, replacement);
    }

    private static JsonNode Replace(JsonNode root, JsonNode target, JsonNode replacement)
    {
        switch (target.Parent)
        {
            case null:
                return replacement;
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                return root;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                return root;
            default:
                return root;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        if (node is JsonObject o)
        {
            foreach (KeyValuePair<string, JsonNode?> p in o)
            {
                Collect(p.Value, into);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (JsonNode? e in a)
            {
                Collect(e, into);
            }
        }
    }

    private JsonArray? FindArray(List<JsonNode> nodes)
    {
        List<JsonArray> arrays = nodes.OfType<JsonArray>().ToList();
        return arrays.Count == 0 ? null : arrays[random.Next(arrays.Count)];
    }

    private JsonObject BrokenItem()
    {
        var item = new JsonObject { ["type"] = ItemTypes[random.Next(ItemTypes.Length)] };
        string[] fields = ["role", "content", "id", "call_id", "name", "arguments", "output", "status", "summary", "text", "server_label", "action", "encrypted_content"];
        int n = random.Next(0, 5);
        for (int i = 0; i < n; i++)
        {
            item[fields[random.Next(fields.Length)]] = RandomValue(depth: 0);
        }

        return item;
    }

    private JsonNode RandomValue(int depth)
    {
        switch (random.Next(depth > 2 ? 4 : 6))
        {
            case 0:
                return JsonValue.Create(Strings[random.Next(Strings.Length)]);
            case 1:
                return JsonNode.Parse(Numbers[random.Next(Numbers.Length)])!;
            case 2:
                return JsonValue.Create(random.Next(2) == 0);
            case 3:
                return new JsonArray();
            case 4:
                var a = new JsonArray();
                for (int i = random.Next(4); i > 0; i--)
                {
                    a.Add(random.Next(3) == 0 ? null : RandomValue(depth + 1));
                }

                return a;
            default:
                var o = new JsonObject();
                for (int i = random.Next(4); i > 0; i--)
                {
                    o[Strings[random.Next(Strings.Length)]] = random.Next(4) == 0 ? null : RandomValue(depth + 1);
                }

                return o;
        }
    }

    private JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create("deep");
        for (int i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["type"] = "message", ["content"] = node };
        }

        return node;
    }

    /// <summary>Writes the tree, sometimes writing a property twice (JSON allows it; the reader must cope).</summary>
    private byte[] Write(JsonNode root, bool duplicate)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, MaxDepth = 1000 }))
        {
            WriteNode(writer, root, duplicate);
        }

        return stream.ToArray();
    }

    private void WriteNode(Utf8JsonWriter writer, JsonNode? node, bool duplicate)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject o:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, JsonNode?> p in o)
                {
                    int times = duplicate && random.Next(3) == 0 ? 2 : 1;
                    for (int i = 0; i < times; i++)
                    {
                        writer.WritePropertyName(p.Key);
                        WriteNode(writer, i == 0 ? p.Value : RandomValue(0), duplicate);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (JsonNode? e in a)
                {
                    WriteNode(writer, e, duplicate);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private byte[] Damage(byte[] bytes)
    {
        var list = new List<byte>(bytes);
        switch (random.Next(4))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                byte[][] invalid = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x00]];
                int quote = Math.Max(0, Array.LastIndexOf(bytes, (byte)'"', random.Next(bytes.Length)));
                list.InsertRange(Math.Min(list.Count, quote + 1), invalid[random.Next(invalid.Length)]);
                return [.. list];
            case 2:
                int i = random.Next(bytes.Length);
                bytes[i] ^= (byte)(1 << random.Next(8));
                return bytes;
            default:
                list.InsertRange(random.Next(list.Count), Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "," : "\\u"));
                return [.. list];
        }
    }
}
