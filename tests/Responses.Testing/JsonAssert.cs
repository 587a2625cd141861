using System.Text.Json;

namespace Responses.Testing;

/// <summary>Assertions over semantic JSON equality (see <see cref="JsonDiff"/>); throws <see cref="JsonAssertException"/>.</summary>
public static class JsonAssert
{
    /// <summary>Throws when the values differ, naming the first differing path and both values.</summary>
    public static void Equal(JsonElement expected, JsonElement actual, string? because = null)
    {
        var d = JsonDiff.FindFirstDifference(expected, actual);
        if (d is not null)
        {
            throw new JsonAssertException(d, because);
        }
    }

    /// <summary>Parses both texts and throws when they differ.</summary>
    public static void Equal(string expectedJson, string actualJson, string? because = null)
    {
        var d = JsonDiff.FindFirstDifference(expectedJson, actualJson);
        if (d is not null)
        {
            throw new JsonAssertException(d, because);
        }
    }

    /// <summary>Throws when the values are semantically equal.</summary>
    public static void NotEqual(JsonElement expected, JsonElement actual, string? because = null)
    {
        if (JsonDiff.AreEqual(expected, actual))
        {
            throw new JsonAssertException($"JSON values are equal{(because is null ? string.Empty : $" ({because})")}: {actual.GetRawText()}");
        }
    }
}
