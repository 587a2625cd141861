using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>
/// The recorded OpenAI Responses traffic under <c>tests/fixtures/wire</c> (the spec's examples and the Vercel AI SDK
/// recordings), enumerated for per-fixture theory rows, with the one table of how each recording may be checked.
/// </summary>
/// <remarks>
/// The table mirrors the kit's findings (docs/conformance-kit.md, "Recorded streams that break a lifecycle rule" and the
/// non-faithful fixtures of the schema tests); it is shared by the OpenAI provider tests and the ResponseWriter tests.
/// </remarks>
internal static class RecordedOpenAITraffic
{
    private const string SpecExamples = "wire/openai-responses";

    /// <summary>How a recorded stream is checked: the lifecycle options, the rules it breaks anyway, and whether its JSON is schema-faithful.</summary>
    /// <param name="Options">The lifecycle options the kit uses for the recording.</param>
    /// <param name="BrokenRules">Lifecycle rules the recording breaks whatever the options (real-world findings and hand edits).</param>
    /// <param name="SchemaFaithful">False for hand-written or abbreviated fixtures whose JSON lacks required fields.</param>
    /// <param name="Why">The reason, from the kit's documentation.</param>
    internal sealed record Expectation(StreamLifecycleOptions Options, IReadOnlyList<string> BrokenRules, bool SchemaFaithful, string Why);

    private static readonly Expectation Clean = new(StreamLifecycleOptions.Strict, [], true, "real recording, passes every check");

    private static readonly Dictionary<string, Expectation> Table = new(StringComparer.Ordinal)
    {
        ["github-copilot-id-rotation.1"] = new(StreamLifecycleOptions.Strict, [LifecycleRules.FinalOutput, LifecycleRules.ItemId, LifecycleRules.ResponseId], true,
            "GitHub Copilot gives every event a fresh response id and item id"),
        ["openai-compaction.1"] = new(new StreamLifecycleOptions { FinalOutputIgnoredProperties = ["encrypted_content"] }, [], true,
            "encrypted_content re-encrypted in response.completed"),
        ["programmatic-tool-calling.1"] = new(new StreamLifecycleOptions { FinalOutputIgnoredProperties = ["encrypted_content", "fingerprint"] }, [], true,
            "encrypted_content and fingerprint re-encrypted in response.completed"),
        ["openai-shell-container.1"] = new(StreamLifecycleOptions.Strict, [LifecycleRules.DoneText, LifecycleRules.ItemContent], true,
            "hand-edited: the deltas do not add up to the text"),
        ["openai-custom-tool.1"] = new(new StreamLifecycleOptions { AllowMissingSequenceNumbers = true }, [], false,
            "hand-written without sequence numbers"),
        ["openai-phase.1"] = new(StreamLifecycleOptions.Abbreviated, [], false,
            "abbreviated: deltas, an item, sequence numbers and response fields cut out"),
        ["example-streaming"] = new(StreamLifecycleOptions.Abbreviated, [], false,
            "the spec's abbreviated example (\"...\" lines, no sequence_number)"),
    };

    /// <summary>The expectation for a recording (by its name without extension, e.g. <c>openai-compaction.1</c>).</summary>
    public static Expectation For(string name) =>
        Table.TryGetValue(name, out var e) ? e
        : name.StartsWith("example-", StringComparison.Ordinal) ? Clean with { SchemaFaithful = false, Why = "the spec's example, which predates some required fields" }
        : Clean;

    /// <summary>The name of a fixture file without its extension (<c>.json</c>, <c>.chunks.txt</c>, <c>.sse</c>).</summary>
    public static string NameOf(string fileName)
    {
        foreach (var extension in new[] { ".chunks.txt", ".json", ".sse" })
        {
            if (fileName.EndsWith(extension, StringComparison.Ordinal))
            {
                return fileName[..^extension.Length];
            }
        }

        return fileName;
    }

    /// <summary>Every recorded stream as (file name, response index) rows; files holding several responses give one row per response.</summary>
    public static IEnumerable<object[]> Streams() =>
        StreamFiles().SelectMany(f => Enumerable.Range(0, Fixtures.SplitResponses(Fixtures.ReadEvents(PathOf(f))).Count).Select(i => new object[] { f, i }));

    /// <summary>The events of one response of a recorded stream.</summary>
    public static IReadOnlyList<JsonElement> StreamEvents(string file, int response) => Fixtures.SplitResponses(Fixtures.ReadEvents(PathOf(file)))[response];

    /// <summary>Every recorded response body: each <c>*.json</c> that is a response object, then the terminal response of every recorded stream.</summary>
    public static IEnumerable<object[]> ResponseBodies() =>
        BodyFiles().Select(f => new object[] { f, -1 }).Concat(Streams());

    /// <summary>A recorded body: the <c>*.json</c> file itself (<paramref name="response"/> = -1) or the response of a stream's terminal event.</summary>
    public static JsonElement ResponseBody(string file, int response) =>
        response < 0 ? Fixtures.ReadJson(PathOf(file)) : StreamEvents(file, response)[^1].GetProperty("response");

    /// <summary>The fixture path (relative to <see cref="Fixtures.Root"/>) of a file name from one of the two recording folders.</summary>
    public static string PathOf(string fileName) =>
        fileName.StartsWith("example-", StringComparison.Ordinal) ? $"{SpecExamples}/{fileName}" : $"{Fixtures.OpenAIResponsesRecordings}/{fileName}";

    private static IEnumerable<string> StreamFiles() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").Concat(Fixtures.Enumerate(SpecExamples + "/*.sse")).Select(p => Path.GetFileName(p));

    private static IEnumerable<string> BodyFiles() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.json").Concat(Fixtures.Enumerate(SpecExamples + "/*.json"))
            .Where(p => Fixtures.ReadJson(p) is var body && body.TryGetProperty("object", out var o) && o.ValueEquals("response"))
            .Select(p => Path.GetFileName(p));
}
