using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>
/// Tool loops end to end: turn 1's output items go back as turn 2's input with the tool outputs, and the body
/// Anthropic receives for turn 2 holds the original blocks (thinking with its signature first).
/// </summary>
public class AnthropicMultiTurnTests
{
    private const string Signature = "ErUBCkYIBRgCIkB2r0mJ3hUQv/thinking+signature+bytes==";

    private const string ThinkingTurn = $$$"""
        {"id":"msg_t1","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"tool_use",
         "content":[
           {"type":"thinking","thinking":"I need the weather for Paris, so I call get_weather.","signature":"{{{Signature}}}"},
           {"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4a"},
           {"type":"text","text":"Let me look that up."},
           {"type":"tool_use","id":"toolu_01A","name":"get_weather","input":{"city":"Paris"}},
           {"type":"tool_use","id":"toolu_01B","name":"get_time","input":{}}],
         "usage":{"input_tokens":50,"output_tokens":80}}
        """;

    private const string FinalTurn = """
        {"id":"msg_t2","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"end_turn",
         "content":[{"type":"text","text":"It is 18C and noon in Paris."}],"usage":{"input_tokens":120,"output_tokens":12}}
        """;

    private static readonly string[] ToolNames = ["get_weather", "get_time"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Thinking_with_tools_round_trips_the_signed_thinking_blocks(bool streaming)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        JsonElement first = Fixtures.ParseElement(ThinkingTurn);
        harness.Reply(
            streaming ? AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(first)) : UpstreamReply.Json(first),
            streaming ? AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(Fixtures.ParseElement(FinalTurn))) : UpstreamReply.Json(FinalTurn));

        var input = new List<ResponseItem> { MessageItem.User("Weather and time in Paris?") };
        Response turn1 = await Run(harness, Request(input), streaming);
        turn1.Output.Select(i => i.Type).Should().Equal("reasoning", "reasoning", "message", "function_call", "function_call");

        // The application runs the tools and sends everything back.
        input.AddRange(turn1.Output);
        input.Add(new FunctionCallOutputItem("toolu_01A", "18C"));
        input.Add(new FunctionCallOutputItem("toolu_01B", "12:00"));
        Response turn2 = await Run(harness, Request(input), streaming);

        turn2.OutputText.Should().Be("It is 18C and noon in Paris.");
        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(2);
        JsonAssert.Equal(
            $$$"""
            [{"role":"user","content":[{"type":"text","text":"Weather and time in Paris?"}]},
             {"role":"assistant","content":[
               {"type":"thinking","thinking":"I need the weather for Paris, so I call get_weather.","signature":"{{{Signature}}}"},
               {"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4a"},
               {"type":"text","text":"Let me look that up."},
               {"type":"tool_use","id":"toolu_01A","name":"get_weather","input":{"city":"Paris"}},
               {"type":"tool_use","id":"toolu_01B","name":"get_time","input":{}}]},
             {"role":"user","content":[
               {"type":"tool_result","tool_use_id":"toolu_01A","content":"18C"},
               {"type":"tool_result","tool_use_id":"toolu_01B","content":"12:00"}]}]
            """,
            requests[1].Json!.Value.GetProperty("messages").GetRawText());
        requests[1].Json!.Value.GetProperty("thinking").GetProperty("budget_tokens").GetInt32().Should().Be(10240);
    }

    [Fact]
    public async Task A_tool_loop_over_several_turns_keeps_every_call_paired()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(
            UpstreamReply.Json(Turn("msg_a", "tool_use", """{"type":"tool_use","id":"toolu_a","name":"get_weather","input":{"city":"Paris"}}""")),
            UpstreamReply.Json(Turn("msg_b", "tool_use", """{"type":"text","text":"And Rome:"}""", """{"type":"tool_use","id":"toolu_b","name":"get_weather","input":{"city":"Rome"}}""")),
            UpstreamReply.Json(FinalTurn));

        var input = new List<ResponseItem> { MessageItem.User("Compare Paris and Rome.") };
        for (int turn = 0; turn < 3; turn++)
        {
            Response response = await harness.Client.CreateResponseAsync(Request(input, reasoning: false));
            input.AddRange(response.Output);
            foreach (FunctionCallItem call in response.Output.OfType<FunctionCallItem>())
            {
                input.Add(new FunctionCallOutputItem(call.CallId!, call.Arguments!.Contains("Paris", StringComparison.Ordinal) ? "18C" : "24C"));
            }
        }

        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(3);
        JsonElement last = requests[2].Json!.Value.GetProperty("messages");
        last.EnumerateArray().Select(m => m.GetProperty("role").GetString()).Should().Equal("user", "assistant", "user", "assistant", "user");
        last[3].GetProperty("content").EnumerateArray().Select(b => b.GetProperty("type").GetString()).Should().Equal("text", "tool_use");
        last[4].GetProperty("content")[0].GetProperty("tool_use_id").GetString().Should().Be("toolu_b");
        input.OfType<MessageItem>().Last().Content!.GetText().Should().Be("It is 18C and noon in Paris.");
    }

    private static CreateResponseRequest Request(List<ResponseItem> input, bool reasoning = true) => new()
    {
        Model = "claude-sonnet-4-5",
        Input = new List<ResponseItem>(input),
        Tools = [.. ToolNames.Select(n => new FunctionTool { Name = n, Parameters = Fixtures.ParseElement("""{"type":"object","properties":{"city":{"type":"string"}}}""") })],
        Reasoning = reasoning ? new ReasoningOptions { Effort = ReasoningEffort.Medium } : null,
    };

    private static async Task<Response> Run(AnthropicHarness harness, CreateResponseRequest request, bool streaming)
    {
        if (!streaming)
        {
            return await harness.Client.CreateResponseAsync(request);
        }

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(request);
        return ResponsesJson.Deserialize<Response>(TranslatedOutput.Terminal(events))!;
    }

    private static string Turn(string id, string stopReason, params string[] blocks) => $$$"""
        {"id":"{{{id}}}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"{{{stopReason}}}",
         "content":[{{{string.Join(",", blocks)}}}],"usage":{"input_tokens":10,"output_tokens":10}}
        """;
}
