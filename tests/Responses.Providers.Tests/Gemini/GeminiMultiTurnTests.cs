using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Conversations over several turns: thought signatures come back on the part they came with, and tool loops pair calls and responses.</summary>
public class GeminiMultiTurnTests
{
    private const string Final = """{"candidates":[{"content":{"role":"model","parts":[{"text":"It is sunny."}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":40,"candidatesTokenCount":4,"totalTokenCount":44},"modelVersion":"gemini-3-pro-preview","responseId":"r2"}""";

    private static List<ResponseItem> Conversation(string userText, Response previous, params ResponseItem[] more)
    {
        var items = new List<ResponseItem> { new MessageItem { Role = MessageRole.User, Content = new MessageContent(userText) } };
        items.AddRange(previous.Output);
        items.AddRange(more);
        return items;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Call_signature_and_call_id_round_trip_in_a_tool_loop(bool streaming)
    {
        JsonElement first = Fixtures.ReadJson(GeminiFixtures.Directory + "/google-tool-call-gemini3.json");
        string signature = first.GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("thoughtSignature").GetString()!;
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o => o.DefaultModel = "gemini-3-pro-preview");
        harness.ReplyBody(UpstreamReply.Json(first), UpstreamReply.Json(Final));
        harness.ReplyStream(GeminiHarness.Stream(GeminiWireSynth.ToChunks(first)), GeminiHarness.Stream(GeminiWireSynth.ToChunks(Fixtures.ParseElement(Final))));

        Response turn1 = await RunAsync(harness, new CreateResponseRequest { Input = "Weather in SF?" }, streaming);
        var call = (FunctionCallItem)turn1.Output.Single(i => i is FunctionCallItem);
        var request2 = new CreateResponseRequest
        {
            Input = new ResponseInput(Conversation("Weather in SF?", turn1, new FunctionCallOutputItem(call.CallId!, "sunny, 21C"))),
        };
        Response turn2 = await RunAsync(harness, request2, streaming);
        turn2.OutputText.Should().Be("It is sunny.");

        JsonElement body = (await harness.Upstream.WaitForRequestsAsync(2))[1].Json!.Value;
        JsonAssert.Equal(Fixtures.ParseElement($$$$"""
            {"contents":[
              {"role":"user","parts":[{"text":"Weather in SF?"}]},
              {"role":"model","parts":[{"functionCall":{"name":"weather","args":{"location":"San Francisco"}},"thoughtSignature":"{{{{signature}}}}"}]},
              {"role":"user","parts":[{"functionResponse":{"name":"weather","response":{"output":"sunny, 21C"}}}]}]}
            """), body);
    }

    [Fact]
    public async Task Text_signature_returns_on_the_text_it_came_with()
    {
        IReadOnlyList<JsonElement> chunks = Fixtures.ReadChunks(GeminiFixtures.Directory + "/google-text.chunks.txt");
        string signature = chunks[^1].GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("thoughtSignature").GetString()!;
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o => o.DefaultModel = "gemini-3-pro-preview");
        harness.ReplyStream(GeminiHarness.Stream(chunks));
        harness.ReplyBody(UpstreamReply.Json(Final));

        Response turn1 = await RunAsync(harness, new CreateResponseRequest { Input = "How many r?" }, streaming: true);
        await RunAsync(harness, new CreateResponseRequest { Input = new ResponseInput(Conversation("How many r?", turn1, new MessageItem { Role = MessageRole.User, Content = new MessageContent("Thanks") })) }, streaming: false);

        JsonElement body = (await harness.Upstream.WaitForRequestsAsync(2))[1].Json!.Value;
        JsonElement model = body.GetProperty("contents")[1];
        model.GetProperty("role").GetString().Should().Be("model");
        model.GetProperty("parts").GetArrayLength().Should().Be(1);
        model.GetProperty("parts")[0].GetProperty("text").GetString().Should().Be(turn1.OutputText);
        model.GetProperty("parts")[0].GetProperty("thoughtSignature").GetString().Should().Be(signature);
    }

    [Fact]
    public async Task Calls_with_gemini_ids_keep_them_and_foreign_calls_get_the_documented_placeholder_signature()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o => o.DefaultModel = "gemini-3-pro-preview");
        harness.ReplyBody(UpstreamReply.Json(Final));
        var input = new List<ResponseItem>
        {
            new MessageItem { Role = MessageRole.User, Content = new MessageContent("Two cities") },
            new FunctionCallItem { CallId = "toolu_a", Name = "weather", Arguments = """{"city":"Paris"}""" },
            new FunctionCallItem { CallId = "toolu_b", Name = "weather", Arguments = """{"city":"Rome"}""" },
            new FunctionCallOutputItem("toolu_a", "rain"),
            new FunctionCallOutputItem("toolu_b", "sun"),
        };
        await harness.CreateAsync(new CreateResponseRequest { Input = new ResponseInput(input) });
        JsonAssert.Equal(Fixtures.ParseElement("""
            {"contents":[
              {"role":"user","parts":[{"text":"Two cities"}]},
              {"role":"model","parts":[
                {"functionCall":{"id":"toolu_a","name":"weather","args":{"city":"Paris"}},"thoughtSignature":"skip_thought_signature_validator"},
                {"functionCall":{"id":"toolu_b","name":"weather","args":{"city":"Rome"}}}]},
              {"role":"user","parts":[
                {"functionResponse":{"id":"toolu_a","name":"weather","response":{"output":"rain"}}},
                {"functionResponse":{"id":"toolu_b","name":"weather","response":{"output":"sun"}}}]}]}
            """), await harness.LastRequestBodyAsync());
    }

    private static async Task<Response> RunAsync(GeminiHarness harness, CreateResponseRequest request, bool streaming)
    {
        if (!streaming)
        {
            return ResponsesJson.Deserialize<Response>((await harness.CreateAsync(request)).GetRawText())!;
        }

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(request);
        return ResponsesJson.Deserialize<Response>(TranslatedOutput.Terminal(events).GetRawText())!;
    }
}
