using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>
/// Answers of every shape Anthropic produces, built as bodies and also streamed as Anthropic streams them:
/// both forms must give valid, equal responses, with the items expected.
/// </summary>
public class AnthropicStreamScenarioTests
{
    private const string Signature = "EqQBCkYIBxgCKkD+signature+of+the+thinking==";

    public static TheoryData<string> Scenarios => new(Bodies.Keys);

    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["text only"] = Body("end_turn", """{"type":"text","text":"Hello there, how are you today?"}"""),
        ["tool only"] = Body("tool_use", """{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris","unit":"c"}}"""),
        ["thinking, text, tool, text"] = Body(
            "tool_use",
            $$$"""{"type":"thinking","thinking":"The user wants the weather. I should call the tool.","signature":"{{{Signature}}}"}""",
            """{"type":"text","text":"Let me check."}""",
            """{"type":"tool_use","id":"toolu_2","name":"get_weather","input":{"city":"Paris"}}""",
            """{"type":"text","text":"Calling it now."}"""),
        ["parallel tool calls"] = Body(
            "tool_use",
            """{"type":"tool_use","id":"toolu_a","name":"get_weather","input":{"city":"Paris"}}""",
            """{"type":"tool_use","id":"toolu_b","name":"get_weather","input":{"city":"Rome"}}""",
            """{"type":"tool_use","id":"toolu_c","name":"get_time","input":{"zone":"CET"}}"""),
        ["empty-argument tools"] = Body(
            "tool_use",
            """{"type":"tool_use","id":"toolu_e1","name":"now","input":{}}""",
            """{"type":"tool_use","id":"toolu_e2","name":"now"}"""),
        ["refusal"] = BodyWithDetails("refusal", """{"type":"refusal","category":"cyber","explanation":"Blocked by policy."}"""),
        ["refusal after text"] = BodyWithDetails("refusal", null, """{"type":"text","text":"Sure, here is"}"""),
        ["max_tokens cut"] = Body(
            "max_tokens",
            $$$"""{"type":"thinking","thinking":"Long thoughts","signature":"{{{Signature}}}"}""",
            """{"type":"text","text":"The answer is cut off in the mid"}"""),
        ["redacted thinking"] = Body(
            "end_turn",
            """{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpP"}""",
            """{"type":"text","text":"Done."}"""),
        ["web citations"] = Body(
            "end_turn",
            """{"type":"text","text":"According to the source, "}""",
            """{"type":"text","text":"the sky is blue.","citations":[{"type":"web_search_result_location","url":"https://example.com/sky","title":"Sky","encrypted_index":"abc","cited_text":"blue"},{"type":"char_location","document_index":0,"document_title":"doc","start_char_index":0,"end_char_index":4,"cited_text":"blue"}]}"""),
        ["server tool blocks skipped"] = Body(
            "end_turn",
            """{"type":"text","text":"Searching."}""",
            """{"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","input":{"query":"x"}}""",
            """{"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[]}""",
            """{"type":"text","text":"Found nothing."}"""),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Streamed_and_body_forms_give_valid_equal_responses(string scenario)
    {
        JsonElement anthropic = Fixtures.ParseElement(Bodies[scenario]);
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(anthropic)), UpstreamReply.Json(anthropic));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        JsonElement body = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonNode.DeepEquals(AnthropicHarness.Normalize(TranslatedOutput.Terminal(events)), AnthropicHarness.Normalize(body)).Should().BeTrue();
        Check(scenario, body, events);
    }

    private static void Check(string scenario, JsonElement response, IReadOnlyList<JsonElement> events)
    {
        string[] types = response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("type").GetString()!).ToArray();
        string status = response.GetProperty("status").GetString()!;
        switch (scenario)
        {
            case "text only":
                types.Should().Equal("message");
                status.Should().Be("completed");
                Text(response, 0).Should().Be("Hello there, how are you today?");
                events.Count(e => e.GetProperty("type").ValueEquals("response.output_text.delta")).Should().BeGreaterThan(1);
                break;
            case "tool only":
                types.Should().Equal("function_call");
                Item(response, 0).GetProperty("call_id").GetString().Should().Be("toolu_1");
                Item(response, 0).GetProperty("name").GetString().Should().Be("get_weather");
                Item(response, 0).GetProperty("arguments").GetString().Should().Be("""{"city":"Paris","unit":"c"}""");
                Item(response, 0).GetProperty("id").GetString().Should().StartWith("fc_");
                break;
            case "thinking, text, tool, text":
                types.Should().Equal("reasoning", "message", "function_call", "message");
                Item(response, 0).GetProperty("id").GetString().Should().StartWith("rs_");
                Item(response, 0).GetProperty("summary")[0].GetProperty("text").GetString().Should().Be("The user wants the weather. I should call the tool.");
                Item(response, 1).GetProperty("id").GetString().Should().StartWith("msg_");
                Text(response, 3).Should().Be("Calling it now.");
                response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
                break;
            case "parallel tool calls":
                types.Should().Equal("function_call", "function_call", "function_call");
                response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("call_id").GetString()).Should().Equal("toolu_a", "toolu_b", "toolu_c");
                break;
            case "empty-argument tools":
                response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("arguments").GetString()).Should().Equal("{}", "{}");
                break;
            case "refusal":
                types.Should().Equal("message");
                status.Should().Be("completed");
                Item(response, 0).GetProperty("content")[0].GetProperty("type").GetString().Should().Be("refusal");
                Item(response, 0).GetProperty("content")[0].GetProperty("refusal").GetString().Should().Be("Blocked by policy.");
                response.GetProperty("stop_details").GetProperty("category").GetString().Should().Be("cyber");
                break;
            case "refusal after text":
                Item(response, 0).GetProperty("content").EnumerateArray().Select(p => p.GetProperty("type").GetString()).Should().Equal("output_text", "refusal");
                break;
            case "max_tokens cut":
                status.Should().Be("incomplete");
                response.GetProperty("incomplete_details").GetProperty("reason").GetString().Should().Be("max_output_tokens");
                Item(response, 1).GetProperty("status").GetString().Should().Be("incomplete");
                break;
            case "redacted thinking":
                types.Should().Equal("reasoning", "message");
                Item(response, 0).GetProperty("summary").GetArrayLength().Should().Be(0);
                Item(response, 0).GetProperty("encrypted_content").GetString().Should().StartWith("anthropic.v1:");
                break;
            case "web citations":
                types.Should().Equal("message");
                JsonElement part = Item(response, 0).GetProperty("content")[0];
                part.GetProperty("text").GetString().Should().Be("According to the source, the sky is blue.");
                JsonElement annotation = part.GetProperty("annotations").EnumerateArray().Should().ContainSingle().Subject;
                annotation.GetProperty("type").GetString().Should().Be("url_citation");
                annotation.GetProperty("url").GetString().Should().Be("https://example.com/sky");
                annotation.GetProperty("start_index").GetInt32().Should().Be(25);
                annotation.GetProperty("end_index").GetInt32().Should().Be(41);
                break;
            case "server tool blocks skipped":
                types.Should().Equal("message", "message");
                break;
            default:
                throw new InvalidOperationException(scenario);
        }
    }

    private static JsonElement Item(JsonElement response, int index) => response.GetProperty("output")[index];

    private static string Text(JsonElement response, int index) => Item(response, index).GetProperty("content")[0].GetProperty("text").GetString()!;

    private static string Body(string stopReason, params string[] blocks) => BodyWithDetails(stopReason, null, blocks);

    private static string BodyWithDetails(string stopReason, string? stopDetails, params string[] blocks) => $$$"""
        {"id":"msg_{{{Guid.NewGuid():N}}}","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
         "content":[{{{string.Join(",", blocks)}}}],"stop_reason":"{{{stopReason}}}","stop_sequence":null,"stop_details":{{{stopDetails ?? "null"}}},
         "usage":{"input_tokens":10,"cache_creation_input_tokens":5,"cache_read_input_tokens":100,"output_tokens":42}}
        """;
}
