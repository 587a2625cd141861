using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class BedrockErrorTests
{
    private static readonly string[] TextStream =
    [
        """{"messageStart":{"role":"assistant"}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"text":"Hel"}}}""",
        """{"contentBlockDelta":{"contentBlockIndex":0,"delta":{"text":"lo"}}}""",
        """{"contentBlockStop":{"contentBlockIndex":0}}""",
        """{"messageStop":{"stopReason":"end_turn"}}""",
        """{"metadata":{"usage":{"inputTokens":5,"outputTokens":2,"totalTokens":7}}}""",
    ];

    [Theory]
    [InlineData(429, "ThrottlingException", "rate_limit_error", true)]
    [InlineData(429, "ModelNotReadyException", "overloaded_error", true)]
    [InlineData(400, "ValidationException", "invalid_request_error", false)]
    [InlineData(403, "AccessDeniedException", "permission_error", false)]
    [InlineData(404, "ResourceNotFoundException", "not_found_error", false)]
    [InlineData(503, "ServiceUnavailableException", "overloaded_error", true)]
    [InlineData(408, "ModelTimeoutException", "timeout_error", true)]
    [InlineData(500, "InternalServerException", "server_error", true)]
    [InlineData(400, "ServiceQuotaExceededException:http://internal.amazon.com/coral/com.amazon.bedrock/", "rate_limit_error", false)]
    public async Task Http_errors_map_to_responses_exceptions(int status, string errorType, string type, bool retriable)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyConverse(ProviderErrors.Bedrock(status, errorType, "upstream says no"));
        harness.ReplyStream(ProviderErrors.Bedrock(status, errorType, "upstream says no"));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;
        ResponsesException streamError = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;

        foreach (ResponsesException e in new[] { error, streamError })
        {
            e.StatusCode.Should().Be(status);
            e.ErrorType.Should().Be(type);
            e.IsRetriable.Should().Be(retriable);
            e.Error.Message.Should().Be("upstream says no");
            e.RequestId.Should().Be("00000000-0000-0000-0000-000000000000");
            e.ProviderName.Should().Be("bedrock");
        }
    }

    [Theory]
    [InlineData("throttlingException", "rate_limit_exceeded", true)]
    [InlineData("modelStreamErrorException", "server_error", true)]
    [InlineData("validationException", "invalid_prompt", false)]
    [InlineData("internalServerException", "server_error", true)]
    [InlineData("serviceUnavailableException", "server_error", true)]
    public async Task In_stream_exceptions_after_the_first_event_become_response_failed(string exceptionType, string code, bool retriable)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Frames([.. TextStream.Take(2).Select(c => EventStreamEncoder.FromChunk(Fixtures.ParseElement(c))), EventStreamEncoder.Exception(exceptionType, "stream broke")]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        JsonElement error = TranslatedOutput.Terminal(events).GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("message").GetString().Should().Contain("stream broke");
        error.GetProperty("message").GetString()!.Contains("retriable", StringComparison.Ordinal).Should().Be(retriable);
    }

    [Theory]
    [InlineData("throttlingException", 429, true)]
    [InlineData("modelStreamErrorException", 424, true)]
    [InlineData("validationException", 400, false)]
    [InlineData("internalServerException", 500, true)]
    [InlineData("serviceUnavailableException", 503, true)]
    public async Task In_stream_exceptions_before_any_event_are_thrown(string exceptionType, int status, bool retriable)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Frames([EventStreamEncoder.Exception(exceptionType, "nope")]));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;

        error.StatusCode.Should().Be(status);
        error.IsRetriable.Should().Be(retriable);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_cut_connection_becomes_response_failed(int frames)
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(TextStream.Select(Fixtures.ParseElement)).CutAfter(frames));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("code").GetString().Should().Be("server_error");
    }

    [Fact]
    public async Task A_stream_that_ends_after_message_stop_without_metadata_still_completes()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(TextStream.Take(5).Select(Fixtures.ParseElement)));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.completed");
    }

    [Fact]
    public async Task A_corrupted_frame_mid_stream_becomes_response_failed_not_garbage()
    {
        byte[][] frames = [.. TextStream.Select(c => EventStreamEncoder.FromChunk(Fixtures.ParseElement(c)))];
        frames[2][^1] ^= 0xFF;
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Frames(frames));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        events[^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("error").GetProperty("message").GetString().Should().Contain("CRC");
        events.Where(e => e.GetProperty("type").GetString() == "response.output_text.delta").Select(e => e.GetProperty("delta").GetString()).Should().Equal("Hel");
    }

    [Fact]
    public async Task A_cut_before_the_first_event_is_thrown_as_retriable()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(TextStream.Select(Fixtures.ParseElement)).CutAfter(0));

        ResponsesException error = (await FluentActions.Awaiting(() => harness.StreamAsync(new CreateResponseRequest { Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(502);
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_the_stream_closes_the_upstream_connection()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Chunks(TextStream.Take(3).Select(Fixtures.ParseElement)).HoldOpen());
        var (request, received) = await harness.CancelAtFirstTextDeltaAsync();
        request.IsClientDisconnected.Should().BeTrue();
        received.Should().NotContain(e => e is ResponseCompletedEvent || e is ResponseFailedEvent);
    }

    [Fact]
    public async Task Stored_response_operations_fail_clearly_because_the_provider_is_stateless()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();

        ResponsesException get = (await FluentActions.Awaiting(() => harness.Client.GetResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which;
        get.StatusCode.Should().Be(404);
    }
}
