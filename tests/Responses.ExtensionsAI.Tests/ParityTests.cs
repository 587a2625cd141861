#pragma warning disable OPENAI001 // the OpenAI SDK's Responses client is marked experimental
using System.ClientModel;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenAI.Responses;
using Responses.Providers.OpenAI;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>
/// One conversation (text, tool call, tool result, streaming) through our IChatClient over the OpenAI-native
/// provider and through Microsoft.Extensions.AI.OpenAI's IChatClient over the OpenAI 2.14.0 ResponsesClient,
/// both against the same fake server answering identically: the ChatResponses agree and the upstream request
/// bodies are the same, except for the differences listed in <see cref="IntentionalDifferences"/>.
/// </summary>
public class ParityTests
{
    private const long CreatedAt = 1_760_000_000;

    [Description("Gets the weather")]
    private static string GetWeather([Description("The city")] string city) => city;

    /// <summary>Where our request deliberately differs from M.E.AI.OpenAI's, and why.</summary>
    private static readonly (string Path, string Reason)[] IntentionalDifferences =
    [
        ("tools.*.strict", "M.E.AI.OpenAI writes \"strict\": null when strict mode is not asked for; we leave the key out (same meaning, and a typed model writes no nulls it was not given)"),
        ("input.*.content.*.logprobs", "an assistant message goes back as the provider returned it (its output_text part with annotations and logprobs, lossless); M.E.AI.OpenAI rebuilds the part from the text"),
    ];

    [Fact]
    public async Task Same_conversation_same_answers_same_requests()
    {
        await using FakeUpstream fake = await FakeUpstream.StartAsync();
        Script(fake, "ours");
        Script(fake, "meai");

        using var provider = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(fake.BaseAddress, "ours/v1/"), DefaultModel = "gpt-test" }, fake.CreateClient());
        using IChatClient ours = provider.AsChatClient();
        var sdk = new ResponsesClient(new ApiKeyCredential("sk-test"), new ResponsesClientOptions { Endpoint = new Uri(fake.BaseAddress, "meai/v1") });
        using IChatClient theirs = sdk.AsIChatClient("gpt-test");

        List<ChatResponse> ourResponses = await Converse(ours);
        List<ChatResponse> theirResponses = await Converse(theirs);

        for (int turn = 0; turn < 3; turn++)
        {
            ChatResponse a = ourResponses[turn], b = theirResponses[turn];
            a.Text.Should().Be(b.Text, $"turn {turn + 1} text");
            a.ResponseId.Should().Be(b.ResponseId);
            a.ConversationId.Should().Be(b.ConversationId);
            a.ModelId.Should().Be(b.ModelId);
            // Intentional: M.E.AI.OpenAI reports a finish reason for a whole (non-streamed) response only when it is incomplete;
            // ours reports stop / tool_calls there too, as both clients do for streamed responses.
            a.FinishReason.Should().Be(b.FinishReason ?? (turn == 0 ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop), $"turn {turn + 1} finish reason");
            a.CreatedAt.Should().Be(b.CreatedAt);
            a.Usage!.InputTokenCount.Should().Be(b.Usage!.InputTokenCount);
            a.Usage.OutputTokenCount.Should().Be(b.Usage.OutputTokenCount);
            a.Usage.TotalTokenCount.Should().Be(b.Usage.TotalTokenCount);
            a.Usage.CachedInputTokenCount.Should().Be(b.Usage.CachedInputTokenCount);
            a.Usage.ReasoningTokenCount.Should().Be(b.Usage.ReasoningTokenCount);
            (a.Usage.AdditionalCounts ?? []).Should().BeEquivalentTo(b.Usage.AdditionalCounts ?? []);
            a.Messages.Select(m => m.MessageId).Should().Equal(b.Messages.Select(m => m.MessageId));
            a.Messages.Select(m => m.Role).Should().Equal(b.Messages.Select(m => m.Role));
            Calls(a).Should().BeEquivalentTo(Calls(b));
        }

        IReadOnlyList<RecordedRequest> requests = await fake.WaitForRequestsAsync(6);
        JsonElement[] ourBodies = [.. requests.Where(r => r.Path.StartsWith("/ours/", StringComparison.Ordinal)).Select(r => r.Json!.Value)];
        JsonElement[] theirBodies = [.. requests.Where(r => r.Path.StartsWith("/meai/", StringComparison.Ordinal)).Select(r => r.Json!.Value)];
        for (int turn = 0; turn < 3; turn++)
        {
            JsonDifference? difference = JsonDiff.FindFirstDifference(Normalize(theirBodies[turn]), Normalize(ourBodies[turn]));
            difference.Should().BeNull($"turn {turn + 1}: ours {ourBodies[turn].GetRawText()}\ntheirs {theirBodies[turn].GetRawText()}");
        }
    }

    [Theory]
    [InlineData(ReasoningOutput.Summary)]
    [InlineData(ReasoningOutput.Full)]
    [InlineData(ReasoningOutput.None)]
    public async Task Options_reach_the_wire_as_MEAI_OpenAI_sends_them(ReasoningOutput reasoningOutput)
    {
        await using FakeUpstream fake = await FakeUpstream.StartAsync();
        Script(fake, "ours");
        Script(fake, "meai");
        using var provider = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "sk-test", Endpoint = new Uri(fake.BaseAddress, "ours/v1/"), DefaultModel = "gpt-test" }, fake.CreateClient());
        using IChatClient ours = provider.AsChatClient();
        using IChatClient theirs = new ResponsesClient(new ApiKeyCredential("sk-test"), new ResponsesClientOptions { Endpoint = new Uri(fake.BaseAddress, "meai/v1") }).AsIChatClient("gpt-test");
        JsonElement schema = Fixtures.ParseElement("""{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer","default":1}}}""");
        ChatOptions Options() => new()
        {
            ModelId = "gpt-5-test",
            ConversationId = "resp_previous",
            TopP = 0.5f,
            StopSequences = ["END"],
            AllowMultipleToolCalls = false,
            Tools = [AIFunctionFactory.Create(GetWeather, "get_weather"), new HostedWebSearchTool(), new HostedMcpServerTool("wiki", "https://wiki.example.test/mcp") { ApprovalMode = HostedMcpServerToolApprovalMode.AlwaysRequire }],
            ToolMode = ChatToolMode.RequireSpecific("get_weather"),
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "forecast", "A forecast"),
            Reasoning = new Microsoft.Extensions.AI.ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.High, Output = reasoningOutput },
        };
        ChatMessage[] messages =
        [
            new(ChatRole.System, "System rules."),
            new(ChatRole.User, [new TextContent("Look"), new UriContent("https://img.example.test/a.png", "image/png")]),
        ];

        await ours.GetResponseAsync(messages, Options());
        await theirs.GetResponseAsync(messages, Options());

        IReadOnlyList<RecordedRequest> requests = await fake.WaitForRequestsAsync(2);
        JsonElement our = requests.Single(r => r.Path.StartsWith("/ours/", StringComparison.Ordinal)).Json!.Value;
        JsonElement their = requests.Single(r => r.Path.StartsWith("/meai/", StringComparison.Ordinal)).Json!.Value;
        JsonDifference? difference = JsonDiff.FindFirstDifference(Normalize(their), Normalize(our));
        difference.Should().BeNull($"ours {our.GetRawText()}\ntheirs {their.GetRawText()}");
    }

    private static async Task<List<ChatResponse>> Converse(IChatClient client)
    {
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")], Temperature = 0.5f, MaxOutputTokens = 100, Instructions = "Be brief." };
        List<ChatMessage> history = [new(ChatRole.User, "Weather in Paris?")];
        var responses = new List<ChatResponse>();

        ChatResponse first = await client.GetResponseAsync(history, options);
        responses.Add(first);
        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "18C")]));

        ChatResponse second = await client.GetResponseAsync(history, options);
        responses.Add(second);
        history.AddRange(second.Messages);
        history.Add(new ChatMessage(ChatRole.User, "Thanks"));

        responses.Add(await client.GetStreamingResponseAsync(history, options).ToChatResponseAsync());
        return responses;
    }

    private static IEnumerable<object> Calls(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()
            .Select(c => new { c.CallId, c.Name, Arguments = JsonSerializer.Serialize(c.Arguments) });

    private static JsonElement Normalize(JsonElement body)
    {
        JsonNode node = JsonNode.Parse(body.GetRawText())!;
        foreach ((string path, _) in IntentionalDifferences)
        {
            Remove(node, path.Split('.'));
        }

        // Function arguments are JSON strings: compare what they say, not their whitespace.
        foreach (JsonNode? item in node["input"]?.AsArray() ?? [])
        {
            if (item?["arguments"] is JsonValue arguments && arguments.TryGetValue(out string? text))
            {
                item["arguments"] = JsonNode.Parse(text)!.ToJsonString();
            }
        }

        return JsonSerializer.SerializeToElement(node);
    }

    private static void Remove(JsonNode? node, ReadOnlySpan<string> path)
    {
        if (node is null)
        {
            return;
        }

        if (path[0] == "*")
        {
            foreach (JsonNode? child in node as JsonArray ?? [])
            {
                Remove(child, path[1..]);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        if (path.Length == 1)
        {
            obj.Remove(path[0]);
        }
        else
        {
            Remove(obj[path[0]], path[1..]);
        }
    }

    // Three answers per lane: a function call, a text, and (streamed) a text; the same bytes for both clients.
    private static void Script(FakeUpstream fake, string lane)
    {
        int turn = 0;
        fake.Route("POST", $"/{lane}/v1/responses").Handle(request =>
        {
            turn++;
            JsonElement body = request.Json!.Value;
            bool stream = body.TryGetProperty("stream", out JsonElement s) && s.ValueKind == JsonValueKind.True;
            var shell = ResponseEcho.FromRequest(ResponsesJson.Deserialize<CreateResponseRequest>(body)!, "gpt-test-2026", stored: true);
            shell.Id = $"resp_{turn}";
            shell.CreatedAt = CreatedAt + turn;
            var writer = new ResponseWriter(shell, emitEvents: stream);
            switch (turn)
            {
                case 1:
                    int call = writer.BeginFunctionCall("call_1", "get_weather", "fc_1");
                    writer.AppendFunctionArguments(call, """{"city":"Paris"}""");
                    break;
                case 2:
                    writer.AppendOutputText(writer.BeginMessage("msg_2"), "It is 18C in Paris.");
                    break;
                default:
                    int message = writer.BeginMessage("msg_3");
                    writer.AppendOutputText(message, "You're ");
                    writer.AppendOutputText(message, "welcome.");
                    break;
            }

            writer.SetUsage(new ResponseUsage
            {
                InputTokens = 10 * turn,
                OutputTokens = 5,
                TotalTokens = (10 * turn) + 5,
                InputTokensDetails = new InputTokensDetails { CachedTokens = 2 },
                OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 1 },
            });
            writer.Complete();
            return stream
                ? UpstreamReply.Sse(writer.TakeEvents().Select(e => new SseFrame(e.Type, ResponsesJson.Serialize(e))))
                : UpstreamReply.Json(ResponsesJson.Serialize(writer.Response));
        });
    }
}
