namespace Responses.Testing.Tests;

/// <summary>
/// Recorded OpenAI streams that do not pass the strict lifecycle check, and why. Every other recording in
/// <see cref="Fixtures.OpenAIResponsesRecordings"/> must pass it. Each entry has its own test.
/// </summary>
internal static class RecordedStreamFindings
{
    public static IReadOnlyDictionary<string, string> Documented { get; } = new Dictionary<string, string>
    {
        ["github-copilot-id-rotation.1"] = "GitHub Copilot's Responses endpoint gives every event a fresh response id and item id (real-world finding).",
        ["openai-compaction.1"] = "OpenAI re-encrypts the compaction item's encrypted_content for response.completed (real-world finding).",
        ["programmatic-tool-calling.1"] = "OpenAI re-encrypts reasoning encrypted_content and the program item's fingerprint for response.completed (real-world finding).",
        ["openai-shell-container.1"] = "Hand-edited fixture: the output_text deltas do not add up to the done text.",
        ["openai-shell-tool.1"] = "Two consecutive responses recorded into one file; each is valid on its own.",
        ["openai-custom-tool.1"] = "Hand-written fixture without sequence_number.",
        ["openai-phase.1"] = "Abbreviated recording: deltas, an item and sequence numbers were cut out.",
    };

    public static IEnumerable<object[]> CleanRecordings() =>
        Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt")
            .Select(NameOf)
            .Where(n => !Documented.ContainsKey(n))
            .Select(n => new object[] { n });

    public static string NameOf(string path) => Path.GetFileName(path).Replace(".chunks.txt", string.Empty, StringComparison.Ordinal);
}
