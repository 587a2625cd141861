using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Responses.ExtensionsAI.Tests.Kit;

namespace Responses.ExtensionsAI.Tests;

/// <summary>One DI line: a chat client from code or configuration, with middleware on the returned builder.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task Configuration_section_builds_a_stateful_chat_client_over_Anthropic()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("Hello Ada."), AnthropicFake.Text("You are Ada."));
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chat:Provider"] = "anthropic",
            ["Chat:Model"] = "claude-sonnet-4-5",
            ["Chat:ApiKey"] = "sk-ant-from-config",
            ["Chat:BaseUrl"] = fake.Upstream.BaseAddress.ToString(),
            ["Chat:Store"] = "true",
            ["Chat:Headers:x-team"] = "docs",
        });
        builder.Services.AddResponsesChatClient(builder.Configuration.GetSection("Chat")).UseFunctionInvocation();
        using IHost host = builder.Build();

        IChatClient chat = host.Services.GetRequiredService<IChatClient>();
        ChatResponse first = await chat.GetResponseAsync("I am Ada.");
        ChatResponse second = await chat.GetResponseAsync("Who am I?", new ChatOptions { ConversationId = first.ConversationId });

        first.ConversationId.Should().Be(first.ResponseId, "Store=true adds the state middleware, so responses are stored");
        second.Text.Should().Be("You are Ada.");
        chat.GetService<FunctionInvokingChatClient>().Should().NotBeNull("the returned builder takes M.E.AI middleware");
        chat.GetService<ChatClientMetadata>()!.ProviderName.Should().Be("anthropic");
        chat.GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be("claude-sonnet-4-5");

        IReadOnlyList<Responses.Testing.RecordedRequest> requests = await fake.Upstream.WaitForRequestsAsync(2);
        requests[0].Header("x-api-key").Should().Be("sk-ant-from-config");
        requests[0].Header("x-team").Should().Be("docs");
        JsonElement messages = requests[1].Json!.Value.GetProperty("messages");
        messages.EnumerateArray().Select(m => m.GetProperty("content")[0].GetProperty("text").GetString())
            .Should().Equal("I am Ada.", "Hello Ada.", "Who am I?");
    }

    [Fact]
    public async Task Settings_from_code_and_a_keyed_client_from_a_provider()
    {
        await using AnthropicFake fake = await AnthropicFake.StartAsync();
        fake.Reply(AnthropicFake.Text("From settings."));
        var recording = new RecordingResponsesClient { Model = "keyed-model" }.Then(RecordingResponsesClient.Text("From keyed."));
        var services = new ServiceCollection();
        services.AddResponsesChatClient(o =>
        {
            o.Model = "anthropic/claude-sonnet-4-5";
            o.ApiKey = "sk-ant-code";
            o.BaseUrl = fake.Upstream.BaseAddress;
        });
        services.AddKeyedResponsesChatClient("fast", recording).UseLogging();
        services.AddLogging();
        await using ServiceProvider provider = services.BuildServiceProvider();

        (await provider.GetRequiredService<IChatClient>().GetResponseAsync("Hi")).Text.Should().Be("From settings.");
        IChatClient keyed = provider.GetRequiredKeyedService<IChatClient>("fast");
        (await keyed.GetResponseAsync("Hi")).Text.Should().Be("From keyed.");
        keyed.GetService<IResponsesClient>().Should().BeSameAs(recording);
        keyed.GetService<LoggingChatClient>().Should().NotBeNull();
    }

    [Fact]
    public async Task Settings_without_a_provider_fail_clearly_when_resolved()
    {
        var services = new ServiceCollection();
        services.AddResponsesChatClient(o => o.Model = "claude-sonnet-4-5");
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<IChatClient>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*no provider*'Provider'*");
    }
}
