using System.Text.Json;
using Responses.Providers.Middleware.Fallback;
using Responses.Providers.Middleware.Retry;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.Middleware.Retry;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Fallback;

/// <summary>Fallback over real HTTP: every trigger class from the OpenAI-native and Anthropic providers, streaming and not.</summary>
public class FallbackResponsesClientTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    public static TheoryData<string, bool> OpenAITriggers()
    {
        var data = new TheoryData<string, bool>();
        foreach (bool streaming in new[] { false, true })
        {
            foreach (string trigger in new[] { "429", "500", "503", "504", "connection", "context_length_exceeded", "content_policy_violation", "content_filter" })
            {
                data.Add(trigger, streaming);
            }
        }

        return data;
    }

    public static TheoryData<string, bool> AnthropicTriggers()
    {
        var data = new TheoryData<string, bool>();
        foreach (bool streaming in new[] { false, true })
        {
            foreach (string trigger in new[] { "529", "429", "prompt_too_long" })
            {
                data.Add(trigger, streaming);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OpenAITriggers))]
    public async Task An_openai_failure_of_each_class_moves_to_the_fallback(string trigger, bool streaming)
    {
        Lane primary = upstream.NewLane();
        Lane fallback = upstream.NewLane();
        primary.Create.Enqueue(trigger switch
        {
            "429" => ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(20)),
            "500" => ProviderErrors.OpenAI(500, "boom", "server_error"),
            "503" => ProviderErrors.OpenAI(503, "busy", "server_error", code: "overloaded"),
            "504" => ProviderErrors.OpenAI(504, "gateway timeout", "server_error"),
            "connection" => OpenAIReplies.ConnectionDropped(),
            "context_length_exceeded" => ProviderErrors.OpenAI(400, "This model's maximum context length is 128000 tokens.", "invalid_request_error", "input", "context_length_exceeded"),
            "content_policy_violation" => ProviderErrors.OpenAI(400, "Your request was rejected by our safety system.", "invalid_request_error", null, "content_policy_violation"),
            _ => ProviderErrors.OpenAI(400, "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.", "invalid_request_error", "prompt", "content_filter"),
        });
        fallback.Create.Enqueue(streaming ? OpenAIReplies.Stream("resp_fb", "gpt-fallback", "from ", "fallback") : OpenAIReplies.Json("resp_fb", "gpt-fallback", "from fallback"));
        using var fallbackClient = fallback.Client();
        using IResponsesClient client = primary.Client().AsBuilder()
            .UseFallback(o =>
            {
                o.PrimaryDeployment = "primary";
                o.Fallbacks.Add(new FallbackTarget(fallbackClient, "gpt-fallback", "fallback-deployment"));
            })
            .Build();
        using var servedBy = ResponsesServedBy.Track();

        JsonElement served = await CallAsync(client, new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" }, streaming);

        served.GetProperty("model").GetString().Should().Be("gpt-fallback");
        served.GetProperty("id").GetString().Should().Be("resp_fb");
        primary.Requests.Should().ContainSingle();
        fallback.Requests.Should().ContainSingle().Which.Json!.Value.GetProperty("model").GetString().Should().Be("gpt-fallback");
        servedBy.Deployment.Should().Be("fallback-deployment");
        servedBy.HeaderValue.Should().Be("fallback-deployment");
        servedBy.Model.Should().Be("gpt-fallback");
        servedBy.Fallbacks.Should().Be(1);
        servedBy.Tried.Should().Equal("primary", "fallback-deployment");
    }

    [Theory]
    [MemberData(nameof(AnthropicTriggers))]
    public async Task An_anthropic_failure_of_each_class_moves_to_an_openai_fallback(string trigger, bool streaming)
    {
        await using AnthropicHarness anthropic = await AnthropicHarness.StartAsync();
        anthropic.Reply(trigger switch
        {
            "529" => ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded"),
            "429" => ProviderErrors.Anthropic(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
            _ => ProviderErrors.Anthropic(400, "invalid_request_error", "prompt is too long: 208310 tokens > 200000 maximum"),
        });
        Lane fallback = upstream.NewLane();
        fallback.Create.Enqueue(streaming ? OpenAIReplies.Stream("resp_fb", "gpt-fallback", "from fallback") : OpenAIReplies.Json("resp_fb", "gpt-fallback", "from fallback"));
        using var fallbackClient = fallback.Client();
        var client = new FallbackResponsesClient(anthropic.Client, new FallbackResponsesClientOptions { Fallbacks = [new FallbackTarget(fallbackClient, "gpt-fallback")] });

        JsonElement served = await CallAsync(client, new CreateResponseRequest { Model = "claude-sonnet-4-5", Input = "Hi" }, streaming);

        served.GetProperty("model").GetString().Should().Be("gpt-fallback");
        anthropic.Upstream.Requests.Should().ContainSingle();
        fallback.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_plain_400_does_not_fall_back(bool streaming)
    {
        Lane primary = upstream.NewLane();
        Lane fallback = upstream.NewLane();
        primary.Create.Enqueue(ProviderErrors.OpenAI(400, "Unsupported parameter: 'temperature'.", "invalid_request_error", "temperature", "unsupported_parameter"));
        using var fallbackClient = fallback.Client();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(new FallbackTarget(fallbackClient, "gpt-fallback")).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => CallAsync(client, new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" }, streaming)).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(400);
        ex.ErrorCode.Should().Be("unsupported_parameter");
        fallback.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_target_with_its_own_triggers_is_skipped_for_other_failures()
    {
        Lane primary = upstream.NewLane();
        Lane contextWindow = upstream.NewLane();
        Lane general = upstream.NewLane();
        primary.Create.Enqueue(
            ProviderErrors.OpenAI(500, "boom", "server_error"),
            ProviderErrors.OpenAI(400, "maximum context length exceeded", "invalid_request_error", "input", "context_length_exceeded"));
        contextWindow.Create.Enqueue(OpenAIReplies.Json("resp_big", "gpt-big-context", "big"));
        general.Create.Enqueue(OpenAIReplies.Json("resp_general", "gpt-general", "general"));
        using var bigClient = contextWindow.Client();
        using var generalClient = general.Client();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(o =>
        {
            o.Fallbacks.Add(new FallbackTarget(bigClient, "gpt-big-context") { Triggers = ResponsesFailureKinds.ContextWindowExceeded });
            o.Fallbacks.Add(new FallbackTarget(generalClient, "gpt-general") { Triggers = ResponsesFailureKinds.Transient });
        }).Build();

        Response onServerError = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" });
        Response onContextWindow = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "A very long input" });

        onServerError.Model.Should().Be("gpt-general");
        onContextWindow.Model.Should().Be("gpt-big-context");
        contextWindow.Requests.Should().ContainSingle();
        general.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task When_every_target_fails_the_last_failure_is_thrown()
    {
        Lane primary = upstream.NewLane();
        Lane second = upstream.NewLane();
        primary.Create.Enqueue(ProviderErrors.OpenAI(500, "primary broke", "server_error"));
        second.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(5), "second is rate limited"));
        using var secondClient = second.Client();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(new FallbackTarget(secondClient, "gpt-second")).Build();

        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(429);
        ex.Error.Message.Should().Be("second is rate limited");
    }

    internal static async Task<JsonElement> CallAsync(IResponsesClient client, CreateResponseRequest request, bool streaming)
    {
        if (!streaming)
        {
            Response response = await client.CreateResponseAsync(request);
            JsonElement json = ResponsesJson.SerializeToElement(response);
            SchemaValidator.Default.ValidateResponse(json, ApiSpec.OpenAI).Should().BeEmpty();
            return json;
        }

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(request));
        RetryStreamingTests.ValidStream(events);
        events.Count(e => Wire.TypeOf(e) == "response.created").Should().Be(1);
        return TranslatedOutput.Terminal(events);
    }
}
