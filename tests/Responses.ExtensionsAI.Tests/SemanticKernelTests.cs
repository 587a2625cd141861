using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Responses.ExtensionsAI.Tests.Kit;

namespace Responses.ExtensionsAI.Tests;

/// <summary>A Semantic Kernel using our IChatClient: prompt invocation with automatic kernel function calling, end to end through Anthropic.</summary>
public class SemanticKernelTests
{
    public sealed class WeatherPlugin
    {
        public List<(string City, string Unit)> Calls { get; } = [];

        [KernelFunction("get_weather")]
        [Description("Gets the current weather for a city")]
        public string GetWeather([Description("The city")] string city, [Description("celsius or fahrenheit")] string unit)
        {
            Calls.Add((city, unit));
            return $"18 degrees {unit} and sunny in {city}";
        }
    }

    private static string ToolNameOf(JsonElement request) => request.GetProperty("tools")[0].GetProperty("name").GetString()!;

    [Theory]
    [InlineData("chat-client")]
    [InlineData("chat-completion-service")]
    public async Task Prompt_with_auto_function_choice_runs_the_plugin_through_Anthropic(string registration)
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(
            request => AnthropicFake.ToolUse("toolu_sk1", ToolNameOf(request), """{"city":"Paris","unit":"celsius"}"""),
            _ => AnthropicFake.Text("It is 18 degrees and sunny in Paris."));
        IKernelBuilder builder = Kernel.CreateBuilder();
        // SK runs kernel functions (with its filters) as chat client middleware: UseKernelFunctionInvocation.
        IChatClient chat = fake.Client.AsChatClient().AsBuilder().UseKernelFunctionInvocation().Build();
        if (registration == "chat-client")
        {
            builder.Services.AddSingleton(chat);
        }
        else
        {
#pragma warning disable SKEXP0001 // AsChatCompletionService is experimental in SK 1.82; the adapter is the documented bridge.
            builder.Services.AddSingleton(chat.AsChatCompletionService());
#pragma warning restore SKEXP0001
        }

        var plugin = new WeatherPlugin();
        builder.Plugins.AddFromObject(plugin, "weather");
        Kernel kernel = builder.Build();

        FunctionResult result = await kernel.InvokePromptAsync(
            "What is the weather in Paris?",
            new KernelArguments(new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }));

        result.ToString().Should().Be("It is 18 degrees and sunny in Paris.");
        plugin.Calls.Should().Equal(("Paris", "celsius"));
        IReadOnlyList<JsonElement> bodies = await fake.RequestBodiesAsync(2);
        JsonElement tool = bodies[0].GetProperty("tools")[0];
        tool.GetProperty("name").GetString().Should().Contain("get_weather");
        tool.GetProperty("input_schema").GetProperty("properties").TryGetProperty("unit", out _).Should().BeTrue();
        JsonElement toolResult = bodies[1].GetProperty("messages")[2].GetProperty("content")[0];
        toolResult.GetProperty("type").GetString().Should().Be("tool_result");
        toolResult.GetProperty("tool_use_id").GetString().Should().Be("toolu_sk1");
        toolResult.GetRawText().Should().Contain("18 degrees celsius and sunny in Paris");
    }

    [Fact]
    public async Task Chat_completion_service_streams_through_the_kernel()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Streaming from Claude."));
#pragma warning disable SKEXP0001 // AsChatCompletionService is experimental in SK 1.82.
        IChatCompletionService service = fake.Client.AsChatClient().AsChatCompletionService();
#pragma warning restore SKEXP0001
        var history = new ChatHistory("You are terse.");
        history.AddUserMessage("Say something.");

        var text = new System.Text.StringBuilder();
        await foreach (StreamingChatMessageContent chunk in service.GetStreamingChatMessageContentsAsync(history))
        {
            text.Append(chunk.Content);
        }

        text.ToString().Should().Be("Streaming from Claude.");
        JsonElement body = (await fake.RequestBodiesAsync(1))[0];
        body.GetProperty("system").GetRawText().Should().Contain("You are terse.");
        body.GetProperty("stream").GetBoolean().Should().BeTrue();
    }
}
