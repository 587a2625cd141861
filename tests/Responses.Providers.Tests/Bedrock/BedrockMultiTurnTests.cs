using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class BedrockMultiTurnTests
{
    private static readonly string[] ThinkingThenTool =
    [
        """{"messageStart":{"role":"assistant"}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"The user wants "}}}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"the weather."}}}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"c2lnbmF0dXJlLTE="}}}}""",
        """{"contentBlockStop":{"contentBlockIndex":0}}""",
        """{"contentBlockDelta":{"contentBlockIndex":1,"delta":{"reasoningContent":{"redactedContent":"ZW5jcnlwdGVk"}}}}""",
        """{"contentBlockStop":{"contentBlockIndex":1}}""",
        """{"contentBlockStart":{"contentBlockIndex":2,"start":{"toolUse":{"toolUseId":"tooluse_1","name":"get_weather"}}}}""",
        """{"contentBlockDelta":{"contentBlockIndex":2,"delta":{"toolUse":{"input":"{\"city\":\"Paris\"}"}}}}""",
        """{"contentBlockStop":{"contentBlockIndex":2}}""",
        """{"messageStop":{"stopReason":"tool_use"}}""",
        """{"metadata":{"usage":{"inputTokens":40,"outputTokens":30,"totalTokens":100,"cacheReadInputTokens":20,"cacheWriteInputTokens":10},"metrics":{"latencyMs":100}}}""",
    ];

    private static readonly string[] FinalText =
    [
        """{"messageStart":{"role":"assistant"}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"text":"It is 18C in Paris."}}}""",
        """{"contentBlockStop":{"contentBlockIndex":0}}""",
        """{"messageStop":{"stopReason":"end_turn"}}""",
        """{"metadata":{"usage":{"inputTokens":60,"outputTokens":8,"totalTokens":68}}}""",
    ];

    [Fact]
    public async Task Signed_reasoning_round_trips_through_encrypted_content_in_a_tool_loop()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(ThinkingThenTool.Select(Fixtures.ParseElement)), BedrockHarness.Chunks(FinalText.Select(Fixtures.ParseElement)));
        var tools = new List<ResponseTool> { new FunctionTool { Name = "get_weather", Parameters = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}}}""").RootElement } };
        var first = new CreateResponseRequest
        {
            Model = "us.anthropic.claude-sonnet-4-20250514-v1:0",
            Input = "Weather in Paris?",
            Tools = tools,
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low },
        };

        JsonElement turn1 = TranslatedOutput.Terminal(await harness.StreamAsync(first));

        JsonElement[] output = [.. turn1.GetProperty("output").EnumerateArray()];
        output.Select(o => o.GetProperty("type").GetString()).Should().Equal("reasoning", "reasoning", "function_call");
        output[0].GetProperty("summary")[0].GetProperty("text").GetString().Should().Be("The user wants the weather.");
        output[0].GetProperty("encrypted_content").GetString().Should().StartWith("bedrock.v1:");
        JsonElement usage = turn1.GetProperty("usage");
        usage.GetProperty("input_tokens").GetInt64().Should().Be(70);
        usage.GetProperty("input_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(20);
        usage.GetProperty("total_tokens").GetInt64().Should().Be(100);

        // Turn 2: the whole output goes back with the tool's result.
        var input = output.Select(o => ResponsesJson.Deserialize<ResponseItem>(o.GetRawText())!).ToList();
        input.Insert(0, new MessageItem { Role = MessageRole.User, Content = "Weather in Paris?" });
        input.Add(new FunctionCallOutputItem("tooluse_1", "18C"));
        JsonElement turn2 = TranslatedOutput.Terminal(await harness.StreamAsync(new CreateResponseRequest { Model = first.Model, Input = input, Tools = tools, Reasoning = first.Reasoning }));

        turn2.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("It is 18C in Paris.");
        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(2);
        JsonAssert.Equal("""
            [
              {"role":"user","content":[{"text":"Weather in Paris?"}]},
              {"role":"assistant","content":[
                {"reasoningContent":{"reasoningText":{"text":"The user wants the weather.","signature":"c2lnbmF0dXJlLTE="}}},
                {"reasoningContent":{"redactedContent":"ZW5jcnlwdGVk"}},
                {"toolUse":{"toolUseId":"tooluse_1","name":"get_weather","input":{"city":"Paris"}}}
              ]},
              {"role":"user","content":[{"toolResult":{"toolUseId":"tooluse_1","content":[{"text":"18C"}]}}]}
            ]
            """, requests[1].Json!.Value.GetProperty("messages").GetRawText());
    }

    [Fact]
    public async Task Reasoning_streamed_and_not_gives_the_same_response_and_encrypted_content()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(ThinkingThenTool.Select(Fixtures.ParseElement)));
        harness.ReplyConverse(UpstreamReply.Json(BedrockFixtures.Fold(ThinkingThenTool.Select(Fixtures.ParseElement))));

        JsonElement streamed = TranslatedOutput.Terminal(await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }));
        JsonElement created = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        JsonAssert.Equal(BedrockHarness.Normalize(created).ToJsonString(), BedrockHarness.Normalize(streamed).ToJsonString());
        created.GetProperty("output")[1].GetProperty("summary").GetArrayLength().Should().Be(0, "redacted reasoning has no readable text");
    }

    [Fact]
    public async Task Reasoning_from_another_provider_is_not_sent()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(UpstreamReply.Json(BedrockFixtures.Fold(FinalText.Select(Fixtures.ParseElement))));
        var input = new List<ResponseItem>
        {
            new MessageItem { Role = MessageRole.User, Content = "Hi" },
            new ReasoningItem { EncryptedContent = "gAAAAB-openai-opaque" },
            new MessageItem { Role = MessageRole.Assistant, Content = "Hello" },
            new MessageItem { Role = MessageRole.User, Content = "Again" },
        };

        await harness.CreateAsync(new CreateResponseRequest { Input = input });

        JsonElement messages = (await harness.LastRequestBodyAsync()).GetProperty("messages");
        messages[1].GetProperty("content").GetArrayLength().Should().Be(1);
        messages[1].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hello");
    }

    [Theory]
    [InlineData("max_tokens", "incomplete", "max_output_tokens")]
    [InlineData("model_context_window_exceeded", "incomplete", "max_output_tokens")]
    [InlineData("guardrail_intervened", "incomplete", "content_filter")]
    [InlineData("content_filtered", "incomplete", "content_filter")]
    [InlineData("stop_sequence", "completed", null)]
    [InlineData("malformed_tool_use", "failed", null)]
    public async Task Stop_reasons_map_to_status(string stopReason, string status, string? reason)
    {
        string[] chunks = [FinalText[0], FinalText[1], FinalText[2], "{\"messageStop\":{\"stopReason\":\"" + stopReason + "\"}}", FinalText[4]];
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(chunks.Select(Fixtures.ParseElement)));
        harness.ReplyConverse(UpstreamReply.Json(BedrockFixtures.Fold(chunks.Select(Fixtures.ParseElement))));

        JsonElement streamed = TranslatedOutput.Terminal(await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }));
        JsonElement created = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        foreach (JsonElement response in new[] { streamed, created })
        {
            response.GetProperty("status").GetString().Should().Be(status);
            if (reason is not null)
            {
                response.GetProperty("incomplete_details").GetProperty("reason").GetString().Should().Be(reason);
            }
        }
    }
}
