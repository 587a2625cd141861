using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Google error bodies, broken and cut streams, errors inside streams, and cancellation.</summary>
public class GeminiErrorTests
{
    private static IReadOnlyList<JsonElement> TextChunks => Fixtures.ReadChunks(GeminiFixtures.Directory + "/google-text.chunks.txt");

    [Fact]
    public async Task Rate_limit_with_RetryInfo_becomes_a_retriable_exception_with_RetryAfter()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(UpstreamReply.Json(Fixtures.ReadJson(GeminiFixtures.Directory + "/google-429-retry-info.json"), 429).WithHeader("x-goog-request-id", "req-1"));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(34.4));
        error.IsRetriable.Should().BeTrue();
        error.RequestId.Should().Be("req-1");
        error.ProviderName.Should().Be("gemini");
        error.Error!.Type.Should().Be("rate_limit_error");
        error.Error.Code.Should().Be("rate_limit_exceeded");
        error.Error.Message.Should().Be("You exceeded your current quota, please check your plan.");
    }

    [Fact]
    public async Task Retry_After_header_wins_over_RetryInfo()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(UpstreamReply.Json(Fixtures.ReadJson(GeminiFixtures.Directory + "/google-429-retry-info.json"), 429).WithRetryAfter(TimeSpan.FromSeconds(3)));
        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(400, "INVALID_ARGUMENT", "invalid_request_error", null, false)]
    [InlineData(401, "UNAUTHENTICATED", "authentication_error", "invalid_api_key", false)]
    [InlineData(403, "PERMISSION_DENIED", "permission_error", null, false)]
    [InlineData(404, "NOT_FOUND", "not_found_error", null, false)]
    [InlineData(500, "INTERNAL", "server_error", "server_error", true)]
    [InlineData(503, "UNAVAILABLE", "overloaded_error", "overloaded", true)]
    [InlineData(504, "DEADLINE_EXCEEDED", "timeout_error", "timeout", true)]
    public async Task Google_statuses_map_to_OpenAI_types(int status, string googleStatus, string type, string? code, bool retriable)
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(ProviderErrors.Gemini(status, "went wrong", googleStatus));
        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(status);
        error.Error!.Type.Should().Be(type);
        error.Error.Code.Should().Be(code);
        error.IsRetriable.Should().Be(retriable);
    }

    [Fact]
    public async Task Error_body_as_a_one_element_array_is_read()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(UpstreamReply.Json("""[{"error":{"code":400,"message":"Bad schema","status":"INVALID_ARGUMENT"}}]""", 400));
        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.Error!.Message.Should().Be("Bad schema");
        error.Error.Type.Should().Be("invalid_request_error");
    }

    [Fact]
    public async Task Non_json_error_body_keeps_its_text()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyBody(UpstreamReply.Json("<html>bad gateway</html>", 502));
        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.Error!.Message.Should().Contain("bad gateway");
    }

    [Fact]
    public async Task A_cut_stream_ends_with_response_failed()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(GeminiHarness.Stream(TextChunks).CutAfter(1));
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
        TranslatedOutput.Terminal(events).GetProperty("output")[0].GetProperty("status").GetString().Should().Be("incomplete");
    }

    [Fact]
    public async Task A_stream_that_ends_without_a_finish_reason_fails()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(GeminiHarness.Stream(TextChunks.Take(2)));
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
    }

    [Fact]
    public async Task A_stream_cut_before_any_chunk_throws_a_retriable_exception()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(GeminiHarness.Stream(TextChunks).CutAfter(0));
        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task An_error_chunk_before_anything_throws_and_after_content_fails_the_response()
    {
        const string ErrorChunk = """{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}""";
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(
            GeminiHarness.Stream([Fixtures.ParseElement(ErrorChunk)]),
            GeminiHarness.Stream([TextChunks[0], Fixtures.ParseElement(ErrorChunk)]));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(429);

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
    }

    [Fact]
    public async Task Cancelling_the_stream_closes_the_upstream_connection()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.ReplyStream(GeminiHarness.Stream(TextChunks.Take(2)).HoldOpen());

        var (request, received) = await harness.CancelAtFirstTextDeltaAsync();
        request.IsClientDisconnected.Should().BeTrue();
        request.QueryString.Should().Be("?alt=sse");
        received.Should().NotContain(e => e is ResponseCompletedEvent || e is ResponseFailedEvent);
    }
}
