using System.Text.Json;

namespace Responses.Testing.Tests;

/// <summary>Recorded OpenAI bodies and streams for the schema tests, with the fixtures that are not faithful recordings.</summary>
internal static class SchemaFixtureCases
{
    /// <summary>Fixtures whose schema violations come from how they were made, not from the server (each has its own test).</summary>
    public static IReadOnlySet<string> NotFaithful { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "openai-custom-tool.1", // hand-written, no sequence_number
        "openai-phase.1",       // abbreviated: response objects cut down to a few fields, logprobs removed
    };

    public static IEnumerable<object[]> RecordedStreams() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt")
            .Select(RecordedStreamFindings.NameOf)
            .Where(n => !NotFaithful.Contains(n))
            .Select(n => new object[] { n });

    public static IEnumerable<object[]> RecordedResponseBodies() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.json")
            .Where(p => IsResponse(Fixtures.ReadJson(p)))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(n => !NotFaithful.Contains(n))
            .Select(n => new object[] { n });

    public static IEnumerable<object[]> RecordedErrorBodies() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.json")
            .Where(p => !IsResponse(Fixtures.ReadJson(p)))
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    public static bool IsResponse(JsonElement body) => body.TryGetProperty("object", out var o) && o.ValueEquals("response");
}
