using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Every recorded response (whole bodies and the responses inside stream events) parses and
/// serializes back JSON-equal, with every tool and setting read as a known class.</summary>
public class ResponseFixtureRoundTripTests
{
    /// <summary>(fixture path relative to tests/fixtures/wire, line number or 0 for the whole file).</summary>
    public static TheoryData<string, int> ResponseSamples()
    {
        var data = new TheoryData<string, int>();
        foreach ((string file, int line, JsonElement response) in AllResponses())
        {
            _ = response;
            data.Add(file, line);
        }

        return data;
    }

    public static TheoryData<string> ErrorSamples()
    {
        var data = new TheoryData<string>();
        foreach (string path in JsonFiles())
        {
            JsonElement root = RepoFixtures.Parse(File.ReadAllText(path));
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out _) && !root.TryGetProperty("object", out _))
            {
                data.Add(Relative(path));
            }
        }

        return data;
    }

    [Fact]
    public void The_fixtures_hold_many_responses()
    {
        ResponseSamples().Count.Should().BeGreaterThan(100);
        AllResponses().Select(r => r.File).Distinct().Count().Should().BeGreaterThan(50);
    }

    [Theory]
    [MemberData(nameof(ResponseSamples))]
    public void Response_round_trips_with_known_tools(string file, int line)
    {
        JsonElement expected = AllResponses().Single(r => r.File == file && r.Line == line).Response;
        string json = expected.GetRawText();

        Response response = ResponsesJson.Deserialize<Response>(json)!;
        string back = ResponsesJson.Serialize(response);
        JsonElement.DeepEquals(RepoFixtures.Parse(back), expected).Should().BeTrue(
            "{0} line {1} round-trips\nexpected: {2}\nactual:   {3}", file, line, json, back);

        response.Id.Should().NotBeNullOrEmpty();
        response.Tools.OfType<UnknownResponseTool>().Should().BeEmpty();
        if (expected.TryGetProperty("tools", out JsonElement tools))
        {
            response.Tools.Select(t => t.Type).Should().Equal(tools.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        }

        // Items and instructions items belong to the item model; everything else must be known.
        WireGraphWalker.UnknownObjects(response, nameof(Response.Output), nameof(Response.Instructions)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ErrorSamples))]
    public void Error_body_round_trips(string file)
    {
        string json = File.ReadAllText(Path.Combine(RepoFixtures.Fixtures, "wire", file));
        ApiErrorResponse error = RepoFixtures.RoundTrip<ApiErrorResponse>(json, file);
        error.Error!.Message.Should().NotBeNullOrEmpty();
    }

    private static IEnumerable<string> JsonFiles() =>
        Directory.EnumerateFiles(RepoFixtures.OpenAIResponsesFixtures, "*.json")
            .Concat(Directory.EnumerateFiles(RepoFixtures.VercelResponsesFixtures, "*.json"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string path) =>
        Path.GetRelativePath(Path.Combine(RepoFixtures.Fixtures, "wire"), path).Replace('\\', '/');

    private static List<(string File, int Line, JsonElement Response)>? _all;

    private static List<(string File, int Line, JsonElement Response)> AllResponses()
    {
        if (_all is not null)
        {
            return _all;
        }

        var all = new List<(string, int, JsonElement)>();
        foreach (string path in JsonFiles())
        {
            JsonElement root = RepoFixtures.Parse(File.ReadAllText(path));
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("object", out JsonElement o) && o.GetString() == "response")
            {
                all.Add((Relative(path), 0, root));
            }
        }

        IEnumerable<string> streams = Directory.EnumerateFiles(RepoFixtures.VercelResponsesFixtures, "*.chunks.txt")
            .Concat(Directory.EnumerateFiles(RepoFixtures.OpenAIResponsesFixtures, "*.sse"))
            .Order(StringComparer.Ordinal);
        foreach (string path in streams)
        {
            int number = 0;
            foreach (string rawLine in File.ReadLines(path))
            {
                number++;
                string line = rawLine.StartsWith("data:", StringComparison.Ordinal) ? rawLine[5..].Trim() : rawLine.Trim();
                if (!line.StartsWith('{'))
                {
                    continue;
                }

                JsonElement streamEvent = RepoFixtures.Parse(line);
                if (streamEvent.TryGetProperty("response", out JsonElement response) && response.ValueKind == JsonValueKind.Object)
                {
                    all.Add((Relative(path), number, response));
                }
            }
        }

        return _all = all;
    }
}
