using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>HTTP errors, stream errors, broken streams, cancellation and the stateless operations.</summary>
public class ChatErrorTests
{
    private static readonly string[] TextStream =
    [
        """{"id":"chatcmpl-err","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""",
        """{"id":"chatcmpl-err","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}""",
        """{"id":"chatcmpl-err","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":" world"},"finish_reason":null}]}""",
        """{"id":"chatcmpl-err","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""",
        """{"id":"chatcmpl-err","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}""",
    ];

    public static TheoryData<int, string, string?, string, bool> HttpErrors => new()
    {
        { 400, "invalid_request_error", null, "invalid_request_error", false },
        { 401, "invalid_request_error", "invalid_api_key", "invalid_request_error", false },
        { 403, "permission_error", null, "permission_error", false },
        { 404, "invalid_request_error", "model_not_found", "invalid_request_error", false },
        { 422, "invalid_request_error", null, "invalid_request_error", false },
        { 429, "rate_limit_error", "rate_limit_exceeded", "rate_limit_error", true },
        { 500, "server_error", null, "server_error", true },
        { 503, "server_error", null, "server_error", true },
    };

    [Theory]
    [MemberData(nameof(HttpErrors))]
    public async Task Http_errors_keep_openai_types_codes_and_statuses(int status, string openAIType, string? code, string type, bool retriable)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(
            ProviderErrors.OpenAI(status, "Something went wrong", openAIType, code: code).WithHeader("x-request-id", "req_1").WithRetryAfter(TimeSpan.FromSeconds(7)),
            ProviderErrors.OpenAI(status, "Something went wrong", openAIType, code: code).WithHeader("x-request-id", "req_2"));

        ResponsesException created = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        created.StatusCode.Should().Be(status);
        created.ErrorType.Should().Be(type);
        created.ErrorCode.Should().Be(code);
        created.Error.Message.Should().Be("Something went wrong");
        created.RequestId.Should().Be("req_1");
        created.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        created.IsRetriable.Should().Be(retriable);
        created.ProviderName.Should().Be("openai_compatible");

        ResponsesException streamed = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        streamed.StatusCode.Should().Be(status);
        streamed.RequestId.Should().Be("req_2");
    }

    [Fact]
    public async Task The_recorded_legacy_parameter_error_keeps_param_and_code()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(Fixtures.ReadJson(ChatFixtures.VercelOpenAI + "/reasoning-model-legacy-parameter-error.json"), 400));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.ErrorCode.Should().Be("unsupported_parameter");
        error.Error.Param.Should().Be("max_tokens");
        error.Error.Message.Should().Contain("max_completion_tokens");
    }

    [Theory]
    [InlineData("""{"error":"model 'llama9' not found"}""", 404, "model 'llama9' not found", "not_found_error", null)]
    [InlineData("""{"object":"error","message":"max_tokens is too large","type":"BadRequestError","param":null,"code":400}""", 400, "max_tokens is too large", "BadRequestError", "400")]
    [InlineData("""{"error":{"message":"Provider returned error","code":502}}""", 502, "Provider returned error", "server_error", "502")]
    public async Task Error_bodies_of_compatible_servers_are_read(string body, int status, string message, string type, string? code)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(body, status));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(status);
        error.Error.Message.Should().Be(message);
        error.ErrorType.Should().Be(type);
        error.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_its_text_and_status()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Bytes("text/html", "<html>Bad gateway</html>"u8.ToArray()).WithStatus(502));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.ErrorType.Should().Be("server_error");
        error.Message.Should().Contain("Bad gateway");
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task A_mid_stream_error_chunk_becomes_response_failed_with_closed_items()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream([.. TextStream.Take(2), """{"error":{"message":"Upstream overloaded","type":"server_error","code":503}}"""]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        JsonElement response = TranslatedOutput.Terminal(events);
        response.GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
        response.GetProperty("error").GetProperty("message").GetString().Should().Contain("Upstream overloaded").And.Contain("retriable");
        response.GetProperty("output")[0].GetProperty("status").GetString().Should().Be("incomplete");
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hello");
    }

    [Fact]
    public async Task A_mid_stream_rate_limit_keeps_its_code()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream([.. TextStream.Take(2), """{"error":{"message":"Slow down","type":"rate_limit_error","code":"rate_limit_exceeded"}}"""]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
    }

    [Fact]
    public async Task An_error_chunk_before_any_content_is_thrown()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream("""{"error":{"message":"Rate limited","type":"rate_limit_error","code":429}}""").WithHeader("x-request-id", "req_early"));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(429);
        error.ErrorType.Should().Be("rate_limit_error");
        error.IsRetriable.Should().BeTrue();
        error.RequestId.Should().Be("req_early");
    }

    [Fact]
    public async Task A_200_body_with_an_error_is_thrown()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Json("""{"error":{"message":"No endpoints found","code":404}}"""));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Error.Message.Should().Be("No endpoints found");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_cut_connection_before_the_finish_reason_becomes_response_failed(int frames)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream(TextStream).CutAfter(frames));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
    }

    [Fact]
    public async Task A_stream_that_ends_without_done_before_the_finish_reason_fails_and_after_it_completes()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream(TextStream.Take(3).Select(Fixtures.ParseElement), done: false), ChatHarness.Stream(TextStream.Take(4).Select(Fixtures.ParseElement), done: false));

        (await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))[^1].GetProperty("type").GetString().Should().Be("response.failed");
        (await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))[^1].GetProperty("type").GetString().Should().Be("response.completed");
    }

    [Fact]
    public async Task A_cut_before_the_first_chunk_is_thrown_as_retriable()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream(TextStream).CutAfter(0));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task Invalid_json_mid_stream_becomes_response_failed()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Sse([.. TextStream.Take(2).Select(SseFrame.FromData), SseFrame.FromData("{not json")]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
    }

    [Fact]
    public async Task Cancelling_the_stream_closes_the_upstream_connection()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatHarness.Stream(TextStream.Take(3).Select(Fixtures.ParseElement), done: false).HoldOpen());
        var (request, received) = await harness.CancelAtFirstTextDeltaAsync();
        request.IsClientDisconnected.Should().BeTrue();
        received.Should().NotContain(e => e is ResponseCompletedEvent || e is ResponseFailedEvent);
    }

    [Fact]
    public async Task Stored_response_operations_fail_clearly_because_the_provider_is_stateless()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();

        ResponsesException get = (await FluentActions.Awaiting(() => harness.Client.GetResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which;
        get.StatusCode.Should().Be(404);
        get.Message.Should().Contain("stateless");
        (await FluentActions.Awaiting(() => harness.Client.DeleteResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await FluentActions.Awaiting(() => harness.Client.ListInputItemsAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await FluentActions.Awaiting(() => harness.Client.CancelResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(400);
        FluentActions.Invoking(() => harness.Client.GetResponseStreamingAsync("resp_1")).Should().Throw<ResponsesException>().Which.StatusCode.Should().Be(404);
        harness.Upstream.Requests.Should().BeEmpty();
    }
}
