using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Locates the repository's fixtures and compares JSON.</summary>
internal static class RepoFixtures
{
    private static readonly Dictionary<string, JsonElement> Specs = new(StringComparer.Ordinal);

    /// <summary>The repository root (the folder holding Integration.sln).</summary>
    public static string Root => Responses.Testing.Fixtures.RepositoryRoot;

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string OpenAIResponsesFixtures => Path.Combine(Fixtures, "wire", "openai-responses");

    public static string VercelResponsesFixtures =>
        Path.Combine(Fixtures, "wire", "vercel-ai-fixtures", "packages", "openai", "src", "responses", "__fixtures__");

    public static JsonElement OpenAISpec => Spec("openai-openapi.json");

    public static JsonElement OpenResponsesSpec => Spec("openresponses-openapi.json");

    public static JsonElement Spec(string fileName)
    {
        lock (Specs)
        {
            if (!Specs.TryGetValue(fileName, out JsonElement spec))
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Fixtures, "spec", fileName)));
                spec = document.RootElement.Clone();
                Specs[fileName] = spec;
            }

            return spec;
        }
    }

    public static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts two JSON texts are equal ignoring property order, showing both on failure.</summary>
    public static void ShouldBeJsonEqual(string actual, string expected, string because = "")
    {
        JsonElement.DeepEquals(Parse(actual), Parse(expected)).Should().BeTrue(
            "{0}\nexpected: {1}\nactual:   {2}", because, expected, actual);
    }

    /// <summary>Parses <paramref name="json"/> as <typeparamref name="T"/>, writes it back and asserts JSON equality.</summary>
    public static T RoundTrip<T>(string json, string because = "")
    {
        T value = ResponsesJson.Deserialize<T>(json)!;
        string back = ResponsesJson.Serialize(value);
        ShouldBeJsonEqual(back, json, because);
        return value;
    }

    /// <summary>The JSON property names of a wire type (extension data excluded).</summary>
    public static HashSet<string> JsonPropertyNames(Type type)
    {
        JsonTypeInfo info = ResponsesJson.Options.GetTypeInfo(type);
        return info.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
