using System.Text.Json;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Every item, content part and annotation in the recorded fixtures parses as known and round-trips.</summary>
public class FixtureRoundTripTests
{
    private static string VercelFixtures => Path.Combine(TestFiles.Wire, "vercel-ai-fixtures", "packages", "openai", "src", "responses", "__fixtures__");

    private static string OpenAiResponses => Path.Combine(TestFiles.Wire, "openai-responses");

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in FixtureFileList())
        {
            data.Add(file);
        }

        return data;
    }

    private static List<string> FixtureFileList()
    {
        var data = new List<string>();
        foreach (string file in Directory.GetFiles(OpenAiResponses).Concat(Directory.GetFiles(VercelFixtures)).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".chunks.txt", StringComparison.Ordinal) || file.EndsWith(".sse", StringComparison.Ordinal))
            {
                data.Add((file.StartsWith(VercelFixtures, StringComparison.Ordinal) ? "vercel/" : "openai-responses/") + Path.GetFileName(file));
            }
        }

        return data;
    }

    [Fact]
    public void Fixtures_are_present()
    {
        FixtureFileList().Count.Should().BeGreaterThan(40);
        Samples().Sum(file => file.Items.Count).Should().BeGreaterThan(300);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Items_parts_and_annotations_round_trip(string file)
    {
        FixtureSamples samples = Read(file);
        foreach (JsonElement item in samples.Items)
        {
            AssertRoundTrip<ResponseItem, UnknownResponseItem>(file, item);
        }

        foreach (JsonElement part in samples.Parts)
        {
            AssertRoundTrip<ContentPart, UnknownContentPart>(file, part);
        }

        foreach (JsonElement annotation in samples.Annotations)
        {
            AssertRoundTrip<Annotation, UnknownAnnotation>(file, annotation);
        }
    }

    [Fact]
    public void Every_item_type_of_the_fixtures_is_seen()
    {
        var types = Samples().SelectMany(s => s.Items).Select(i => i.GetProperty("type").GetString()).ToHashSet();
        types.Should().Contain(["message", "function_call", "reasoning", "web_search_call", "file_search_call", "mcp_call", "mcp_list_tools",
            "mcp_approval_request", "code_interpreter_call", "image_generation_call", "local_shell_call", "shell_call", "shell_call_output",
            "apply_patch_call", "custom_tool_call", "compaction", "tool_search_call", "tool_search_output", "program", "program_output"]);
    }

    [Fact]
    public void Shell_output_content_events_are_typed_and_round_trip()
    {
        int seen = 0;
        foreach (string file in Directory.GetFiles(VercelFixtures, "*.chunks.txt"))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Contains("response.shell_call_output_content.", StringComparison.Ordinal)))
            {
                ResponseStreamEvent ev = ResponsesJson.Deserialize<ResponseStreamEvent>(line)!;
                switch (ev)
                {
                    case ResponseShellCallOutputContentDeltaEvent delta:
                        delta.Delta.Should().NotBeNull();
                        (delta.Delta!.Stdout ?? delta.Delta.Stderr).Should().NotBeNull();
                        break;
                    case ResponseShellCallOutputContentDoneEvent done:
                        done.Output.Should().NotBeEmpty();
                        done.Output[0].Outcome.Should().BeOfType<ShellCallExitOutcome>();
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException($"Unexpected event {ev.GetType().Name}: {line}");
                }

                string back = ResponsesJson.Serialize(ev);
                JsonElement.DeepEquals(JsonDocument.Parse(line).RootElement, JsonDocument.Parse(back).RootElement)
                    .Should().BeTrue($"the event should round-trip.\nread:    {line}\nwritten: {back}");
                seen++;
            }
        }

        seen.Should().BeGreaterThan(0);
    }

    private static void AssertRoundTrip<TBase, TUnknown>(string file, JsonElement json)
        where TBase : WireObject
    {
        string original = json.GetRawText();
        TBase value = ResponsesJson.Deserialize<TBase>(json)!;
        string written = ResponsesJson.Serialize(value);
        string message = $"{file}: {Shorten(original)}\nwritten: {Shorten(written)}";

        value.Should().NotBeOfType<TUnknown>(message);
        WireGraph.FindUnknown(value).Should().BeEmpty(message);
        WireGraph.FindAdditionalProperties(value).Should().BeEmpty("every property of the fixtures is modelled: " + message);
        JsonElement.DeepEquals(json, JsonDocument.Parse(written).RootElement).Should().BeTrue($"it should round-trip JSON-equal.\nread:    {message}");
    }

    private static string Shorten(string json) => json.Length <= 4000 ? json : json[..4000] + "…";

    private static IEnumerable<FixtureSamples> Samples() => FixtureFileList().Select(Read);

    private static FixtureSamples Read(string relativePath)
    {
        string path = relativePath.StartsWith("vercel/", StringComparison.Ordinal)
            ? Path.Combine(VercelFixtures, relativePath["vercel/".Length..])
            : Path.Combine(OpenAiResponses, relativePath["openai-responses/".Length..]);
        var samples = new FixtureSamples();
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            samples.AddResponse(JsonDocument.Parse(File.ReadAllText(path)).RootElement);
        }
        else
        {
            foreach (string raw in File.ReadLines(path))
            {
                string line = path.EndsWith(".sse", StringComparison.Ordinal)
                    ? (raw.StartsWith("data: ", StringComparison.Ordinal) ? raw[6..] : string.Empty)
                    : raw;
                if (line.Trim().Length > 0 && line.TrimStart().StartsWith('{'))
                {
                    samples.AddEvent(JsonDocument.Parse(line).RootElement);
                }
            }
        }

        return samples;
    }

    private sealed class FixtureSamples
    {
        public List<JsonElement> Items { get; } = [];

        public List<JsonElement> Parts { get; } = [];

        public List<JsonElement> Annotations { get; } = [];

        public void AddResponse(JsonElement response)
        {
            if (response.ValueKind == JsonValueKind.Object && response.TryGetProperty("output", out JsonElement output) && output.ValueKind == JsonValueKind.Array)
            {
                Items.AddRange(output.EnumerateArray());
            }
        }

        public void AddEvent(JsonElement ev)
        {
            string type = ev.TryGetProperty("type", out JsonElement t) ? t.GetString() ?? string.Empty : string.Empty;
            if (type is "response.output_item.added" or "response.output_item.done")
            {
                Items.Add(ev.GetProperty("item"));
            }
            else if (type.StartsWith("response.content_part.", StringComparison.Ordinal) || type.StartsWith("response.reasoning_summary_part.", StringComparison.Ordinal))
            {
                Parts.Add(ev.GetProperty("part"));
            }
            else if (type == "response.output_text.annotation.added")
            {
                Annotations.Add(ev.GetProperty("annotation"));
            }

            if (ev.TryGetProperty("response", out JsonElement response))
            {
                AddResponse(response);
            }
        }
    }
}
