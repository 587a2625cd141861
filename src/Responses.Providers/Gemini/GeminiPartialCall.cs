using System.Globalization;
using System.Text.Json.Nodes;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>A function call whose arguments arrive as <c>partialArgs</c> pieces: the arguments object built so far.</summary>
internal sealed class GeminiPartialCall
{
    private string? _continuingPath;

    public GeminiPartialCall(string name, string? id, string? signature)
    {
        Name = name;
        Id = id;
        Signature = signature;
    }

    public string Name { get; }

    public string? Id { get; }

    public string? Signature { get; set; }

    public JsonObject Arguments { get; } = [];

    public void Apply(IEnumerable<GeminiPartialArg> pieces)
    {
        foreach (GeminiPartialArg piece in pieces)
        {
            if (piece.JsonPath is not { Length: > 1 } path || !path.StartsWith('$'))
            {
                continue;
            }

            JsonNode? value = piece.StringValue is { } text
                ? (path == _continuingPath && Get(path) is JsonValue previous && previous.TryGetValue(out string? before) ? before + text : text)
                : piece.NumberValue is { } number ? JsonValue.Create(number)
                : piece.BoolValue is { } flag ? JsonValue.Create(flag)
                : null;
            Set(path, value);
            _continuingPath = piece.StringValue is not null && piece.WillContinue == true ? path : null;
        }
    }

    private JsonNode? Get(string path)
    {
        JsonNode? node = Arguments;
        foreach (object segment in Segments(path))
        {
            node = segment is string key ? (node as JsonObject)?[key] : (node as JsonArray) is { } array && (int)segment < array.Count ? array[(int)segment] : null;
        }

        return node;
    }

    private void Set(string path, JsonNode? value)
    {
        List<object> segments = Segments(path);
        JsonNode node = Arguments;
        for (int i = 0; i < segments.Count; i++)
        {
            bool last = i == segments.Count - 1;
            object segment = segments[i];
            if (segment is string key && node is JsonObject obj)
            {
                if (last)
                {
                    obj[key] = value;
                    return;
                }

                node = obj[key] ??= segments[i + 1] is int ? new JsonArray() : new JsonObject();
            }
            else if (segment is int index && node is JsonArray array)
            {
                while (array.Count <= index)
                {
                    array.Add(null);
                }

                if (last)
                {
                    array[index] = value;
                    return;
                }

                node = array[index] ??= segments[i + 1] is int ? new JsonArray() : new JsonObject();
            }
            else
            {
                // The path does not fit what was built so far; the piece is dropped rather than guessed.
                return;
            }
        }
    }

    // "$.a.b[0]['c d']" → "a", "b", 0, "c d".
    private static List<object> Segments(string path)
    {
        var segments = new List<object>();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                string inner = path[(i + 1)..end];
                segments.Add(int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : inner.Trim('\'', '"'));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return segments;
    }
}
