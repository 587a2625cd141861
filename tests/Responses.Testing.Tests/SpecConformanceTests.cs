using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Testing.Tests;

public sealed class SpecConformanceTests
{
    private static readonly string Recording = $"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.1";

    [Fact]
    public void A_recorded_OpenAI_response_passes_and_a_broken_copy_is_rejected_with_its_path()
    {
        JsonElement recorded = Fixtures.ReadJson(Recording + ".json");
        SpecConformance.AssertValidResponse(recorded, openResponses: false);

        JsonNode broken = JsonNode.Parse(recorded.GetRawText())!;
        broken["status"] = "bogus";
        Action check = () => SpecConformance.AssertValidResponse(JsonSerializer.SerializeToElement(broken), openResponses: false);

        check.Should().Throw<SchemaValidationException>().Which.Violations.Should().Contain(v => v.Path.EndsWith("status", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recorded_OpenAI_stream_passes_and_a_stream_without_its_terminal_event_is_rejected()
    {
        IReadOnlyList<JsonElement> events = Fixtures.ReadChunks(Recording + ".chunks.txt");
        SpecConformance.AssertValidStream(events, StreamLifecycleOptions.Strict, openResponses: false);

        Action truncated = () => SpecConformance.AssertValidStream([.. events.Take(events.Count - 1)], StreamLifecycleOptions.Strict, openResponses: false);

        truncated.Should().Throw<StreamLifecycleException>();
    }

    [Fact]
    public void Only_the_documented_Open_Responses_contradictions_are_tolerated()
    {
        JsonElement recorded = Fixtures.ReadJson(Recording + ".json");
        JsonNode minimal = JsonNode.Parse(recorded.GetRawText())!;
        minimal["reasoning"] = new JsonObject { ["effort"] = "minimal", ["summary"] = null };
        IReadOnlyList<SchemaViolation> violations = SchemaValidator.Strict.ValidateResponse(JsonSerializer.SerializeToElement(minimal), ApiSpec.OpenResponses);

        violations.Where(v => v.Path.EndsWith("reasoning.effort", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(v => SpecConformance.IsOpenResponsesContradiction(v));
        violations.Where(v => !v.Path.Contains("reasoning", StringComparison.Ordinal)).Should().NotContain(v => SpecConformance.IsOpenResponsesContradiction(v));
    }
}
