using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Responses.ExtensionsAI.Tests.Kit;

namespace Responses.ExtensionsAI.Tests;

/// <summary>Our IChatClient inside M.E.AI pipelines, end to end through the Anthropic provider on the fake upstream.</summary>
public class ChatPipelineTests
{
    private readonly List<string> _calls = [];

    [Description("Gets the current weather for a city")]
    private string GetWeather([Description("The city")] string city)
    {
        _calls.Add(city);
        return $"18C and sunny in {city}";
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Function_invocation_runs_the_tool_loop_through_Anthropic(bool streaming)
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.ToolUse("toolu_01", "get_weather", """{"city":"Paris"}"""), AnthropicFake.Text("It is 18C and sunny in Paris."));
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")] };

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("Weather in Paris?", options).ToChatResponseAsync()
            : await client.GetResponseAsync("Weather in Paris?", options);

        _calls.Should().Equal("Paris");
        response.Text.Should().EndWith("It is 18C and sunny in Paris.");
        IReadOnlyList<JsonElement> bodies = await fake.RequestBodiesAsync(2);
        bodies[0].GetProperty("tools")[0].GetProperty("name").GetString().Should().Be("get_weather");
        JsonElement messages = bodies[1].GetProperty("messages");
        messages.GetArrayLength().Should().Be(3, "the whole history goes back: a stateless provider has no previous_response_id");
        JsonElement toolUse = messages[1].GetProperty("content")[0];
        toolUse.GetProperty("type").GetString().Should().Be("tool_use");
        toolUse.GetProperty("id").GetString().Should().Be("toolu_01");
        JsonElement toolResult = messages[2].GetProperty("content")[0];
        toolResult.GetProperty("type").GetString().Should().Be("tool_result");
        toolResult.GetProperty("tool_use_id").GetString().Should().Be("toolu_01");
        toolResult.GetRawText().Should().Contain("18C and sunny in Paris");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Signed_thinking_survives_the_tool_loop(bool streaming)
    {
        const string Signature = "EqQBCkYIBxgCKkBsigned+thinking==";
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(
            $$$"""
            {"id":"msg_think","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"tool_use","stop_sequence":null,
             "content":[{"type":"thinking","thinking":"I should call get_weather.","signature":"{{{Signature}}}"},
                        {"type":"tool_use","id":"toolu_t","name":"get_weather","input":{"city":"Rome"}}],
             "usage":{"input_tokens":40,"output_tokens":20}}
            """,
            AnthropicFake.Text("Rome is sunny."));
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")], Reasoning = new Microsoft.Extensions.AI.ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.Medium } };

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("Weather in Rome?", options).ToChatResponseAsync()
            : await client.GetResponseAsync("Weather in Rome?", options);

        response.Text.Should().EndWith("Rome is sunny.");
        _calls.Should().Equal("Rome");
        IReadOnlyList<JsonElement> bodies = await fake.RequestBodiesAsync(2);
        JsonElement assistant = bodies[1].GetProperty("messages")[1];
        JsonElement thinking = assistant.GetProperty("content")[0];
        thinking.GetProperty("type").GetString().Should().Be("thinking");
        thinking.GetProperty("thinking").GetString().Should().Be("I should call get_weather.");
        thinking.GetProperty("signature").GetString().Should().Be(Signature);
        assistant.GetProperty("content")[1].GetProperty("type").GetString().Should().Be("tool_use");
        assistant.GetProperty("content").GetArrayLength().Should().Be(2, "one thinking block, not one per streamed piece");
    }

    [Fact]
    public async Task Approval_required_function_asks_before_running_and_runs_once_approved()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.ToolUse("toolu_02", "get_weather", """{"city":"Oslo"}"""), AnthropicFake.Text("Oslo is 18C."));
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [new ApprovalRequiredAIFunction(AIFunctionFactory.Create(GetWeather, "get_weather"))] };
        List<ChatMessage> history = [new(ChatRole.User, "Weather in Oslo?")];

        ChatResponse first = await client.GetResponseAsync(history, options);

        ToolApprovalRequestContent request = first.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>().Single();
        request.ToolCall.Should().BeOfType<FunctionCallContent>().Which.Arguments!["city"]!.ToString().Should().Be("Oslo");
        _calls.Should().BeEmpty("nothing runs before approval");
        fake.Upstream.Requests.Should().HaveCount(1);

        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, [request.CreateResponse(approved: true)]));
        ChatResponse second = await client.GetResponseAsync(history, options);

        _calls.Should().Equal("Oslo");
        second.Text.Should().Be("Oslo is 18C.");
        IReadOnlyList<JsonElement> bodies = await fake.RequestBodiesAsync(2);
        bodies[1].GetProperty("messages")[bodies[1].GetProperty("messages").GetArrayLength() - 1].GetProperty("content")[0].GetProperty("type").GetString().Should().Be("tool_result");
    }

    [Fact]
    public async Task OpenTelemetry_records_a_gen_ai_span_with_usage_and_ids()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Hi there.", input: 21, output: 9));
        string sourceName = $"test-{Guid.NewGuid():N}";
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseOpenTelemetry(sourceName: sourceName).Build();

        ChatResponse response = await client.GetResponseAsync("Hello", new ChatOptions { ModelId = "claude-sonnet-4-5" });

        Activity span = activities.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("chat claude-sonnet-4-5");
        span.GetTagItem("gen_ai.provider.name").Should().Be("anthropic");
        span.GetTagItem("gen_ai.response.id").Should().Be(response.ResponseId);
        span.GetTagItem("gen_ai.usage.input_tokens").Should().Be(21);
        span.GetTagItem("gen_ai.usage.output_tokens").Should().Be(9);
        span.GetTagItem("gen_ai.response.finish_reasons").Should().Be("[\"stop\"]");
    }

    [Fact]
    public async Task Logging_writes_the_call_and_its_response()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Logged answer."));
        using var provider = new ListLoggerProvider();
        using ILoggerFactory loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseLogging(loggers).Build();

        await client.GetResponseAsync("Hello");

        provider.Entries.Select(e => e.Message).Should().Contain(m => m.Contains("GetResponseAsync invoked", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("Logged answer.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Distributed_cache_answers_a_repeated_call_without_the_upstream()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Cached answer."));
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        using IChatClient client = fake.Client.AsChatClient().AsBuilder().UseDistributedCache(cache).Build();

        ChatResponse first = await client.GetResponseAsync("Same question");
        ChatResponse second = await client.GetResponseAsync("Same question");

        second.Text.Should().Be("Cached answer.");
        second.ResponseId.Should().Be(first.ResponseId);
        fake.Upstream.Requests.Should().HaveCount(1);
    }
}
