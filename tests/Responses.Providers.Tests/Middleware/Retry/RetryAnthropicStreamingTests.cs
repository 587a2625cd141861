using System.Text.Json;
using Responses.Providers.Middleware.Retry;
using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Retry;

/// <summary>The commit rule over a translating provider: Anthropic's in-stream <c>error</c> event right after <c>message_start</c>.</summary>
public class RetryAnthropicStreamingTests
{
    private static readonly CreateResponseRequest Request = new() { Model = "claude-sonnet-4-5", Input = "Hi" };

    [Fact]
    public async Task An_overloaded_error_event_before_any_output_is_retried_into_one_clean_translated_stream()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        IReadOnlyList<JsonElement> good = AnthropicReplies.Events("msg_ok", "claude-sonnet-4-5", "Bonjour");
        JsonElement overloaded = Fixtures.ParseElement("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""");
        harness.Reply(
            AnthropicHarness.Stream([AnthropicReplies.Events("msg_failed", "claude-sonnet-4-5", "x")[0], overloaded]),
            AnthropicHarness.Stream(good));
        using IResponsesClient client = new RetryResponsesClient(harness.Client, new RetryResponsesClientOptions { TimeProvider = new RecordingClock() });

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        TranslatedOutput.AssertValidStream(events);
        events.Count(e => Wire.TypeOf(e) == "response.created").Should().Be(1);
        TranslatedOutput.Terminal(events).GetProperty("status").GetString().Should().Be("completed");
        events.Where(e => Wire.TypeOf(e) == "response.output_text.delta").Select(e => e.GetProperty("delta").GetString()).Should().Equal("Bonjour");
        harness.Upstream.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_error_event_after_text_was_streamed_is_not_retried_and_ends_with_response_failed()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        IReadOnlyList<JsonElement> events0 = AnthropicReplies.Events("msg_partial", "claude-sonnet-4-5", "Bon");
        JsonElement overloaded = Fixtures.ParseElement("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""");
        harness.Reply(AnthropicHarness.Stream([events0[0], events0[1], events0[2], overloaded]), AnthropicHarness.Stream(AnthropicReplies.Events("msg_dup", "claude-sonnet-4-5", "duplicate")));
        using IResponsesClient client = new RetryResponsesClient(harness.Client, new RetryResponsesClientOptions { TimeProvider = new RecordingClock() });

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        TranslatedOutput.AssertValidStream(events);
        Wire.TypeOf(events[^1]).Should().Be("response.failed");
        events.Should().NotContain(e => e.ToString().Contains("duplicate"));
        harness.Upstream.Requests.Should().ContainSingle();
    }
}
