using System.Globalization;
using System.Text.Json;

namespace Responses.Testing;

/// <summary>
/// Semantic JSON comparison: object property order is ignored, numbers compare by value
/// (<c>1</c> equals <c>1.0</c>), an explicit <c>null</c> differs from an absent property.
/// </summary>
public static class JsonDiff
{
    /// <summary>Whether the two values are semantically equal.</summary>
    public static bool AreEqual(JsonElement expected, JsonElement actual) => FindFirstDifference(expected, actual) is null;

    /// <summary>Parses both texts and compares them.</summary>
    public static JsonDifference? FindFirstDifference(string expectedJson, string actualJson)
    {
        using var e = JsonDocument.Parse(expectedJson);
        using var a = JsonDocument.Parse(actualJson);
        return FindFirstDifference(e.RootElement, a.RootElement);
    }

    /// <summary>Returns the first difference (depth first, in the expected value's order), or <c>null</c> when equal.</summary>
    public static JsonDifference? FindFirstDifference(JsonElement expected, JsonElement actual, string path = JsonPathText.Root)
    {
        if (Kind(expected) != Kind(actual))
        {
            return new JsonDifference(path, Raw(expected), Raw(actual), $"kind differs ({expected.ValueKind} vs {actual.ValueKind})");
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(expected, actual, path);
            case JsonValueKind.Array:
                return CompareArrays(expected, actual, path);
            case JsonValueKind.String:
                return expected.ValueEquals(actual.GetString())
                    ? null
                    : new JsonDifference(path, Raw(expected), Raw(actual), "string differs");
            case JsonValueKind.Number:
                return NumbersEqual(expected, actual)
                    ? null
                    : new JsonDifference(path, Raw(expected), Raw(actual), "number differs");
            case JsonValueKind.True or JsonValueKind.False:
                return expected.ValueKind == actual.ValueKind
                    ? null
                    : new JsonDifference(path, Raw(expected), Raw(actual), "boolean differs");
            default:
                return null; // null: same kind means same value.
        }
    }

    private static JsonDifference? CompareObjects(JsonElement expected, JsonElement actual, string path)
    {
        var actualProps = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in actual.EnumerateObject())
        {
            actualProps[p.Name] = p.Value;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in expected.EnumerateObject())
        {
            seen.Add(p.Name);
            var childPath = JsonPathText.Property(path, p.Name);
            if (!actualProps.TryGetValue(p.Name, out var a))
            {
                return new JsonDifference(childPath, Raw(p.Value), JsonDifference.Absent, "property missing in actual");
            }

            var d = FindFirstDifference(p.Value, a, childPath);
            if (d is not null)
            {
                return d;
            }
        }

        foreach (var p in actual.EnumerateObject())
        {
            if (!seen.Contains(p.Name))
            {
                return new JsonDifference(JsonPathText.Property(path, p.Name), JsonDifference.Absent, Raw(p.Value), "unexpected property in actual");
            }
        }

        return null;
    }

    private static JsonDifference? CompareArrays(JsonElement expected, JsonElement actual, string path)
    {
        var e = expected.GetArrayLength();
        var a = actual.GetArrayLength();
        var n = Math.Min(e, a);
        for (var i = 0; i < n; i++)
        {
            var d = FindFirstDifference(expected[i], actual[i], JsonPathText.Index(path, i));
            if (d is not null)
            {
                return d;
            }
        }

        if (e > a)
        {
            return new JsonDifference(JsonPathText.Index(path, a), Raw(expected[a]), JsonDifference.Absent, $"array length differs ({e} vs {a})");
        }

        if (a > e)
        {
            return new JsonDifference(JsonPathText.Index(path, e), JsonDifference.Absent, Raw(actual[e]), $"array length differs ({e} vs {a})");
        }

        return null;
    }

    private static bool NumbersEqual(JsonElement x, JsonElement y)
    {
        if (x.TryGetDecimal(out var dx) && y.TryGetDecimal(out var dy))
        {
            return dx == dy;
        }

        if (x.TryGetDouble(out var fx) && y.TryGetDouble(out var fy))
        {
            return fx.Equals(fy);
        }

        return string.Equals(x.GetRawText(), y.GetRawText(), StringComparison.Ordinal);
    }

    private static JsonValueKind Kind(JsonElement e) => e.ValueKind == JsonValueKind.False ? JsonValueKind.True : e.ValueKind;

    private static string Raw(JsonElement e)
    {
        var raw = e.ValueKind == JsonValueKind.Undefined ? JsonDifference.Absent : e.GetRawText();
        return raw.Length <= 300 ? raw : string.Concat(raw.AsSpan(0, 300), "…(", raw.Length.ToString(CultureInfo.InvariantCulture), " chars)");
    }
}
