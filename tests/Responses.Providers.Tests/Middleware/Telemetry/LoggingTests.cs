using Microsoft.Extensions.Logging;
using Responses.Providers.Middleware.Telemetry;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Cost;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Telemetry;

/// <summary>Summaries with tokens, cost and end user; content only when opted in; secrets never logged.</summary>
public class LoggingTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private const string Question = "What is the launch code for project Nightingale?";

    [Fact]
    public async Task Summaries_carry_ids_tokens_cost_and_end_user_but_no_content_by_default()
    {
        var logs = new RecordingLoggerFactory();
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(AnthropicBody()));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client).UseLogging(logs).UseCost().Build();

        using (ResponsesCallContext.BeginApiKeyScope("key-team-a"))
        {
            await client.CreateResponseAsync(Request());
        }

        RecordingLoggerFactory.LogEntry done = logs.Entries.Single(e => e.EventId.Id == 6201);
        done.Level.Should().Be(LogLevel.Information);
        done["ResponseId"].Should().NotBeNull();
        done["Status"].Should().Be("completed");
        done["Model"].Should().Be("claude-sonnet-4-5-20250929");
        done["InputTokens"].Should().Be(13_000L);
        done["OutputTokens"].Should().Be(500L);
        done["Cost"].Should().Be(0.021m);
        done["User"].Should().Be("alice");
        done["SafetyIdentifier"].Should().Be("hash-alice");
        done["Metadata"].Should().Be("team, ticket");
        logs.Entries.Single(e => e.EventId.Id == 6200)["ApiKeyId"].Should().Be("key-team-a");

        logs.AllText.Should().NotContain("Nightingale").And.NotContain("Priced answer").And.NotContain("SUP-42", "metadata values are opt-in");
    }

    [Fact]
    public async Task Content_is_logged_when_opted_in_on_streams_too()
    {
        var logs = new RecordingLoggerFactory();
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(AnthropicWireSynth.ToEvents(AnthropicBody())));
        using IResponsesClient client = new ResponsesClientBuilder(harness.Client)
            .UseLogging(logs, o => { o.LogContent = true; o.LogMetadataValues = true; })
            .UseCost()
            .Build();

        await foreach (ResponseStreamEvent _ in client.CreateResponseStreamingAsync(Request()))
        {
        }

        logs.Entries.Single(e => e.EventId.Id == 6204).Message.Should().Contain("Nightingale");
        logs.Entries.Single(e => e.EventId.Id == 6205).Message.Should().Contain("Priced answer.");
        logs.Entries.Single(e => e.EventId.Id == 6201)["Cost"].Should().Be(0.021m);
        logs.AllText.Should().Contain("ticket=SUP-42");
    }

    [Fact]
    public async Task An_api_key_quoted_by_the_provider_error_is_redacted()
    {
        const string leaked = "sk-proj-AbCdEfGh1234567890XyZ";
        var logs = new RecordingLoggerFactory();
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(401, $"Incorrect API key provided: {leaked}. You can find your API key at the dashboard.", "invalid_request_error", null, "invalid_api_key")
            .WithHeader("x-request-id", "req_leak_1"));
        using IResponsesClient client = new ResponsesClientBuilder(lane.Client(o => o.ApiKey = leaked)).UseLogging(logs).Build();

        ResponsesException thrown = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request()))
            .Should().ThrowAsync<ResponsesException>()).Which;

        thrown.Message.Should().Contain(leaked, "the test must put the key where a careless logger would print it");
        RecordingLoggerFactory.LogEntry failed = logs.Entries.Single(e => e.EventId.Id == 6202);
        failed.Level.Should().Be(LogLevel.Warning);
        failed["StatusCode"].Should().Be(401);
        failed["ErrorCode"].Should().Be("invalid_api_key");
        failed["RequestId"].Should().Be("req_leak_1");
        failed.Exception.Should().BeNull("exception objects carry unredacted messages");
        failed.Message.Should().Contain("Incorrect API key provided: [REDACTED]");
        logs.AllText.Should().NotContain(leaked).And.NotContain("AbCdEfGh");
    }

    [Fact]
    public async Task Secret_headers_and_keys_in_messages_are_redacted()
    {
        var logs = new RecordingLoggerFactory();
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        var error = new ApiError
        {
            Message = "upstream said: Authorization: Bearer sk-ant-api03-secretsecret; GET https://generativelanguage.example/v1beta/models?key=AIzaSyA1234567890abcdefghijklmn",
            Type = "authentication_error",
            Headers = new Dictionary<string, string>
            {
                ["authorization"] = "Bearer opaque-token-value",
                ["x-api-key"] = "opaque-anthropic-key",
                ["retry-after"] = "7",
            },
        };
        using IResponsesClient client = new ResponsesClientBuilder(new FailingClient(harness.Client, new ResponsesException(error.Message, 401, error)))
            .UseLogging(logs)
            .Build();

        await FluentActions.Awaiting(() => client.CreateResponseAsync(Request())).Should().ThrowAsync<ResponsesException>();

        string text = logs.AllText;
        text.Should().NotContain("secretsecret").And.NotContain("AIzaSy").And.NotContain("opaque-token-value").And.NotContain("opaque-anthropic-key");
        text.Should().Contain("authorization: [REDACTED]").And.Contain("x-api-key: [REDACTED]").And.Contain("retry-after: 7");
    }

    [Theory]
    [InlineData("Authorization: Bearer abc.def.ghi", "Authorization: [REDACTED]")]
    [InlineData("{\"api-key\": \"azure-secret-1\"}", "{\"api-key\": \"[REDACTED]\"}")]
    [InlineData("x-goog-api-key=xyz123", "x-goog-api-key=[REDACTED]")]
    [InlineData("https://host/v1/models/m:generateContent?alt=sse&key=abc123", "https://host/v1/models/m:generateContent?alt=sse&key=[REDACTED]")]
    [InlineData("key sk-ant-api03-ABCDEFGHIJ in text", "key [REDACTED] in text")]
    [InlineData("aws AKIAIOSFODNN7EXAMPLE id", "aws [REDACTED] id")]
    [InlineData("token ya29.a0AfH6SMBxxxxxxxxxx", "token [REDACTED]")]
    [InlineData("nothing secret: model gpt-4o, 12 tokens", "nothing secret: model gpt-4o, 12 tokens")]
    public void Redactor_removes_known_secret_shapes(string input, string expected) =>
        SecretRedactor.Redact(input).Should().Be(expected);

    private static CreateResponseRequest Request() => new()
    {
        Model = "claude-sonnet-4-5",
        Input = Question,
        User = "alice",
        SafetyIdentifier = "hash-alice",
        Metadata = new Dictionary<string, string> { ["team"] = "payments", ["ticket"] = "SUP-42" },
    };

    private static System.Text.Json.JsonElement AnthropicBody() =>
        CostWire.AnthropicMessage("claude-sonnet-4-5-20250929", input: 1_000, cacheRead: 10_000, cacheWrite: 2_000, output: 500);

    private sealed class FailingClient(IResponsesClient inner, Exception error) : DelegatingResponsesClient(inner)
    {
        public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
            Task.FromException<Response>(error);
    }
}
