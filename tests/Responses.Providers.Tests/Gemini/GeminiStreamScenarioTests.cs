using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Answers of every shape Gemini produces, as bodies and streamed: both must give valid, equal responses with the expected status and items.</summary>
public class GeminiStreamScenarioTests
{
    private const string Usage = """{"promptTokenCount":10,"candidatesTokenCount":5,"thoughtsTokenCount":7,"cachedContentTokenCount":4,"totalTokenCount":22}""";

    public static TheoryData<string> Scenarios => new(Bodies.Keys);

    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["thoughts then text"] = Body("STOP", """{"text":"Let me count the letters.","thought":true}""", """{"text":"Three.","thoughtSignature":"c2lnLXRleHQ="}"""),
        ["thoughts then call"] = Body("STOP", """{"text":"Need the weather.","thought":true}""", """{"functionCall":{"name":"weather","args":{"city":"Paris"}},"thoughtSignature":"c2lnLWNhbGw="}"""),
        ["parallel calls with ids"] = Body("STOP", """{"functionCall":{"id":"c1","name":"a","args":{}}}""", """{"functionCall":{"id":"c2","name":"b","args":{"x":1}}}"""),
        ["max tokens"] = Body("MAX_TOKENS", """{"text":"The answer is cut"}"""),
        ["safety"] = Body("SAFETY", """{"text":"Partial"}"""),
        ["malformed call"] = Body("MALFORMED_FUNCTION_CALL"),
        ["prompt blocked"] = $$"""{"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{{Usage}},"modelVersion":"gemini-2.5-flash","responseId":"blocked1"}""",
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Streamed_and_body_forms_give_valid_equal_responses(string scenario)
    {
        JsonElement gemini = Fixtures.ParseElement(Bodies[scenario]);
        IReadOnlyList<JsonElement> chunks = gemini.TryGetProperty("candidates", out _) ? GeminiWireSynth.ToChunks(gemini) : [gemini];
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(UpstreamReply.Json(gemini));
        harness.ReplyStream(GeminiHarness.Stream(chunks));

        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        GeminiHarness.AssertSame(TranslatedOutput.Terminal(events), body);

        string[] types = [.. body.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("type").GetString()!)];
        string status = body.GetProperty("status").GetString()!;
        string? reason = body.TryGetProperty("incomplete_details", out JsonElement d) && d.ValueKind == JsonValueKind.Object ? d.GetProperty("reason").GetString() : null;
        JsonElement usage = body.GetProperty("usage");
        usage.GetProperty("input_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(4);
        usage.GetProperty("output_tokens").GetInt64().Should().Be(12);
        switch (scenario)
        {
            case "thoughts then text":
                types.Should().Equal("reasoning", "message", "reasoning");
                body.GetProperty("output")[0].GetProperty("summary")[0].GetProperty("text").GetString().Should().Be("Let me count the letters.");
                status.Should().Be("completed");
                break;
            case "thoughts then call":
                types.Should().Equal("reasoning", "function_call");
                body.GetProperty("output")[0].GetProperty("encrypted_content").GetString().Should().StartWith("gemini.v1:");
                break;
            case "parallel calls with ids":
                types.Should().Equal("function_call", "function_call");
                body.GetProperty("output")[1].GetProperty("call_id").GetString().Should().Be("c2");
                break;
            case "max tokens":
                (status, reason).Should().Be(("incomplete", "max_output_tokens"));
                break;
            case "safety":
            case "prompt blocked":
                (status, reason).Should().Be(("incomplete", "content_filter"));
                break;
            case "malformed call":
                status.Should().Be("failed");
                body.GetProperty("error").GetProperty("message").GetString().Should().Contain("MALFORMED_FUNCTION_CALL");
                break;
        }
    }

    private static string Body(string finishReason, params string[] parts) =>
        $$"""{"candidates":[{"content":{"role":"model","parts":[{{string.Join(",", parts)}}]},"finishReason":"{{finishReason}}","index":0}],"usageMetadata":{{Usage}},"modelVersion":"gemini-2.5-flash","responseId":"resp{{finishReason}}"}""";
}
