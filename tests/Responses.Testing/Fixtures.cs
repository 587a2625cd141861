using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Responses.Testing;

/// <summary>
/// Access to <c>tests/fixtures</c>. The repository root is found by walking up from
/// <see cref="AppContext.BaseDirectory"/> to the folder containing <c>Integration.sln</c>; nothing outside it is read.
/// </summary>
public static class Fixtures
{
    /// <summary>The folder of the recorded OpenAI Responses streams and bodies (relative to <see cref="Root"/>).</summary>
    public const string OpenAIResponsesRecordings = "wire/vercel-ai-fixtures/packages/openai/src/responses/__fixtures__";

    private static readonly Lazy<string> RepoRoot = new(FindRepositoryRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The repository root (the folder holding <c>Integration.sln</c>).</summary>
    public static string RepositoryRoot => RepoRoot.Value;

    /// <summary>The absolute path of <c>tests/fixtures</c>.</summary>
    public static string Root => Path.Combine(RepositoryRoot, "tests", "fixtures");

    /// <summary>The absolute path of the OpenAI spec (<c>spec/openai-openapi.json</c>).</summary>
    public static string OpenAISpecPath => PathOf("spec/openai-openapi.json");

    /// <summary>The absolute path of the Open Responses spec (<c>spec/openresponses-openapi.json</c>).</summary>
    public static string OpenResponsesSpecPath => PathOf("spec/openresponses-openapi.json");

    /// <summary>Resolves a path relative to <see cref="Root"/> (absolute paths inside the repository pass through).</summary>
    public static string PathOf(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.IsPathRooted(relativePath) ? relativePath : Path.Combine(Root, relativePath));
        var root = RepositoryRoot.EndsWith(Path.DirectorySeparatorChar) ? RepositoryRoot : RepositoryRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Fixture path '{relativePath}' resolves outside the repository.", nameof(relativePath));
        }

        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"Fixture not found: {full}", full);
        }

        return full;
    }

    /// <summary>The path of a fixture relative to <see cref="Root"/>, with forward slashes.</summary>
    public static string RelativePath(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>Enumerates fixture files matching a glob relative to <see cref="Root"/> (e.g. <c>wire/**/*.sse</c>), sorted.</summary>
    public static IReadOnlyList<string> Enumerate(string glob)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(glob);
        return matcher.GetResultsInFullPath(Root).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads a whole fixture as text.</summary>
    public static string ReadText(string path) => File.ReadAllText(PathOf(path), Encoding.UTF8);

    /// <summary>Reads a JSON fixture (a non-stream body).</summary>
    public static JsonElement ReadJson(string path) => ParseElement(File.ReadAllText(PathOf(path), Encoding.UTF8));

    /// <summary>Reads a raw SSE fixture into frames with <see cref="SseParser"/> (comment and unknown lines are dropped).</summary>
    /// <remarks>
    /// Some recordings were trimmed so that the last event is not closed by a blank line (SSE would drop it);
    /// the reader closes it so that every event in the file is returned.
    /// </remarks>
    public static IReadOnlyList<SseFrame> ReadSseFrames(string path)
    {
        var bytes = File.ReadAllBytes(PathOf(path));
        var text = Encoding.UTF8.GetString(bytes);
        if (!(text.EndsWith("\n\n", StringComparison.Ordinal) || text.EndsWith("\r\n\r\n", StringComparison.Ordinal)))
        {
            text += text.EndsWith('\n') ? "\n" : "\n\n";
        }

        return ParseSse(text);
    }

    /// <summary>Parses SSE bytes into frames with <see cref="SseParser"/>.</summary>
    public static IReadOnlyList<SseFrame> ParseSse(Stream stream)
    {
        var frames = new List<SseFrame>();
        foreach (var item in SseParser.Create(stream).Enumerate())
        {
            frames.Add(new SseFrame(item.EventType == SseParser.EventTypeDefault ? null : item.EventType, item.Data) { Id = item.EventId });
        }

        return frames;
    }

    /// <summary>Parses SSE text into frames.</summary>
    public static IReadOnlyList<SseFrame> ParseSse(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ParseSse(stream);
    }

    /// <summary>Reads a <c>*.chunks.txt</c> fixture: one JSON event per non-empty line.</summary>
    public static IReadOnlyList<JsonElement> ReadChunks(string path) =>
        File.ReadLines(PathOf(path), Encoding.UTF8).Where(l => !string.IsNullOrWhiteSpace(l)).Select(ParseElement).ToList();

    /// <summary>Reads the events of a stream fixture: <c>*.chunks.txt</c> lines, or the JSON data of a raw SSE file (<c>[DONE]</c> skipped).</summary>
    public static IReadOnlyList<JsonElement> ReadEvents(string path) =>
        path.EndsWith(".chunks.txt", StringComparison.OrdinalIgnoreCase) ? ReadChunks(path) : ToEvents(ReadSseFrames(path));

    /// <summary>Reads a binary fixture.</summary>
    public static byte[] ReadBytes(string path) => File.ReadAllBytes(PathOf(path));

    /// <summary>
    /// Splits an AWS event-stream fixture (<c>application/vnd.amazon.eventstream</c>, e.g. <c>wire/bedrock/*.bin</c>) into
    /// its binary messages, using each message's big-endian total-length prelude.
    /// </summary>
    public static IReadOnlyList<byte[]> ReadAwsEventStreamMessages(string path)
    {
        var bytes = ReadBytes(path);
        var messages = new List<byte[]>();
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes.Length - offset < 12)
            {
                throw new InvalidDataException($"Truncated event-stream prelude at byte {offset} of {path}.");
            }

            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset, 4));
            if (length < 16 || offset + length > bytes.Length)
            {
                throw new InvalidDataException($"Invalid event-stream message length {length} at byte {offset} of {path}.");
            }

            messages.Add(bytes.AsSpan(offset, length).ToArray());
            offset += length;
        }

        return messages;
    }

    /// <summary>Parses the data of each frame as JSON, skipping <c>[DONE]</c>; throws on non-JSON data.</summary>
    public static IReadOnlyList<JsonElement> ToEvents(IEnumerable<SseFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return frames.Where(f => f.RawText is null && f.Data != SseFrame.DoneSentinel).Select(f => ParseElement(f.Data)).ToList();
    }

    /// <summary>Turns events into SSE frames written like OpenAI does: <c>event:</c> = the JSON <c>type</c>, <c>data:</c> = the compact JSON.</summary>
    public static IReadOnlyList<SseFrame> ToSseFrames(IEnumerable<JsonElement> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Select(e => new SseFrame(
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            JsonSerializer.Serialize(e))).ToList();
    }

    /// <summary>
    /// Splits a recording that holds several consecutive responses (each starting with <c>response.created</c>)
    /// into one event list per response. A recording without <c>response.created</c> is returned whole.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<JsonElement>> SplitResponses(IReadOnlyList<JsonElement> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var result = new List<IReadOnlyList<JsonElement>>();
        List<JsonElement>? current = null;
        foreach (var e in events)
        {
            var isCreated = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueEquals("response.created");
            if (current is null || (isCreated && current.Count > 0))
            {
                current = [];
                result.Add(current);
            }

            current.Add(e);
        }

        return result;
    }

    /// <summary>Parses JSON text into a self-contained <see cref="JsonElement"/>.</summary>
    public static JsonElement ParseElement(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing Integration.sln above {AppContext.BaseDirectory}.");
    }
}
