using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>HTTP errors, stream errors, broken streams, cancellation and the stateless operations.</summary>
public class AnthropicErrorTests
{
    private static readonly string[] TextStream =
    [
        """{"type":"message_start","message":{"id":"msg_err","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"usage":{"input_tokens":5,"output_tokens":1}}}""",
        """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""",
        """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}""",
        """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" world"}}""",
        """{"type":"content_block_stop","index":0}""",
        """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3}}""",
        """{"type":"message_stop"}""",
    ];

    public static TheoryData<int, string, string, string?, bool> HttpErrors => new()
    {
        { 400, "invalid_request_error", "invalid_request_error", null, false },
        { 401, "authentication_error", "authentication_error", "invalid_api_key", false },
        { 403, "permission_error", "permission_error", null, false },
        { 404, "not_found_error", "not_found_error", null, false },
        { 413, "request_too_large", "invalid_request_error", "request_too_large", false },
        { 429, "rate_limit_error", "rate_limit_error", "rate_limit_exceeded", true },
        { 500, "api_error", "server_error", "server_error", true },
        { 529, "overloaded_error", "overloaded_error", "overloaded", true },
    };

    [Theory]
    [MemberData(nameof(HttpErrors))]
    public async Task Http_errors_map_to_openai_types_codes_and_statuses(int status, string anthropicType, string type, string? code, bool retriable)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(
            ProviderErrors.Anthropic(status, anthropicType, "Something went wrong").WithHeader("request-id", "req_011abc").WithRetryAfter(TimeSpan.FromSeconds(7)),
            ProviderErrors.Anthropic(status, anthropicType, "Something went wrong").WithHeader("request-id", "req_011abd"));

        ResponsesException created = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        created.StatusCode.Should().Be(status);
        created.ErrorType.Should().Be(type);
        created.ErrorCode.Should().Be(code);
        created.Error.Message.Should().Be("Something went wrong");
        created.RequestId.Should().Be("req_011abc");
        created.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        created.IsRetriable.Should().Be(retriable);
        created.ProviderName.Should().Be("anthropic");

        // Streaming requests fail the same way, before any event.
        ResponsesException streamed = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        streamed.StatusCode.Should().Be(status);
        streamed.ErrorType.Should().Be(type);
        streamed.RequestId.Should().Be("req_011abd");
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_its_text_and_status()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Bytes("text/html", "<html>Bad gateway</html>"u8.ToArray()).WithStatus(502));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.ErrorType.Should().Be("server_error");
        error.Message.Should().Contain("Bad gateway");
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task A_mid_stream_error_event_becomes_response_failed_with_closed_items()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        string error = """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""";
        harness.Reply(AnthropicHarness.Stream([.. TextStream.Take(3).Select(Fixtures.ParseElement), Fixtures.ParseElement(error)]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement failed = events[^1];
        failed.GetProperty("type").GetString().Should().Be("response.failed");
        JsonElement response = failed.GetProperty("response");
        response.GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
        response.GetProperty("error").GetProperty("message").GetString().Should().Contain("overloaded_error").And.Contain("retriable");
        response.GetProperty("output")[0].GetProperty("status").GetString().Should().Be("incomplete");
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hello");
    }

    [Fact]
    public async Task A_mid_stream_rate_limit_error_keeps_its_code()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        string error = """{"type":"error","error":{"type":"rate_limit_error","message":"Slow down"}}""";
        harness.Reply(AnthropicHarness.Stream([Fixtures.ParseElement(TextStream[0]), Fixtures.ParseElement(error)]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
    }

    [Fact]
    public async Task An_error_event_before_message_start_is_thrown()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream([Fixtures.ParseElement("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""")]).WithHeader("request-id", "req_early"));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(529);
        error.ErrorType.Should().Be("overloaded_error");
        error.IsRetriable.Should().BeTrue();
        error.RequestId.Should().Be("req_early");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task A_cut_connection_becomes_response_failed(int frames)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(TextStream.Select(Fixtures.ParseElement)).CutAfter(frames));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
    }

    [Fact]
    public async Task A_stream_that_ends_after_the_stop_reason_still_completes()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(TextStream.Take(6).Select(Fixtures.ParseElement)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.completed");
    }

    [Fact]
    public async Task A_cut_before_the_first_event_is_thrown_as_retriable()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(TextStream.Select(Fixtures.ParseElement)).CutAfter(0));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_the_stream_closes_the_upstream_connection()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(TextStream.Take(3).Select(Fixtures.ParseElement)).HoldOpen());
        var (request, received) = await harness.CancelAtFirstTextDeltaAsync();
        request.IsClientDisconnected.Should().BeTrue();
        received.Should().NotContain(e => e is ResponseCompletedEvent || e is ResponseFailedEvent);
    }

    [Fact]
    public async Task Stored_response_operations_fail_clearly_because_the_provider_is_stateless()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();

        ResponsesException get = (await FluentActions.Awaiting(() => harness.Client.GetResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which;
        get.StatusCode.Should().Be(404);
        get.ErrorType.Should().Be("not_found_error");
        get.Message.Should().Contain("stateless");
        (await FluentActions.Awaiting(() => harness.Client.DeleteResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await FluentActions.Awaiting(() => harness.Client.ListInputItemsAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        ResponsesException cancel = (await FluentActions.Awaiting(() => harness.Client.CancelResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which;
        cancel.StatusCode.Should().Be(400);
        cancel.ErrorType.Should().Be("invalid_request_error");
        FluentActions.Invoking(() => harness.Client.GetResponseStreamingAsync("resp_1")).Should().Throw<ResponsesException>().Which.StatusCode.Should().Be(404);
        harness.Upstream.Requests.Should().BeEmpty();
    }
}
