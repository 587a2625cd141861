using System.Text.Json;
using Responses.Providers.Middleware.Fallback;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.Middleware.Retry;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Fallback;

/// <summary>No fallback once output reached the caller; the request-level <c>fallbacks</c> field is honoured and never sent upstream.</summary>
public class FallbackStreamingAndRequestFieldTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    [Fact]
    public async Task Once_output_reached_the_caller_a_failure_ends_the_stream_and_does_not_fall_back()
    {
        Lane primary = upstream.NewLane();
        Lane fallback = upstream.NewLane();
        IReadOnlyList<JsonElement> full = OpenAIReplies.StreamEvents("resp_1", "gpt-primary", "Hel", "lo", " world");
        int cut = full.ToList().FindIndex(e => Wire.TypeOf(e) == "response.output_text.delta") + 1;
        primary.Create.Enqueue(UpstreamReply.SseEvents(full).CutAfter(cut));
        fallback.Create.Enqueue(OpenAIReplies.Stream("resp_fb", "gpt-fallback", "duplicate"));
        using var fallbackClient = fallback.Client();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(new FallbackTarget(fallbackClient, "gpt-fallback")).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" }));

        RetryStreamingTests.ValidStream(events);
        Wire.TypeOf(events[^1]).Should().Be("response.failed");
        TranslatedOutput.Terminal(events).GetProperty("model").GetString().Should().Be("gpt-primary");
        fallback.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_stream_that_fails_right_after_its_withheld_preamble_falls_back_without_showing_it()
    {
        Lane primary = upstream.NewLane();
        Lane fallback = upstream.NewLane();
        primary.Create.Enqueue(OpenAIReplies.Stream("resp_1", "gpt-primary", "x").CutAfter(OpenAIReplies.PreambleEvents));
        fallback.Create.Enqueue(OpenAIReplies.Stream("resp_fb", "gpt-fallback", "from fallback"));
        using var fallbackClient = fallback.Client();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(new FallbackTarget(fallbackClient, "gpt-fallback")).Build();

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" }));

        RetryStreamingTests.ValidStream(events);
        events.Should().NotContain(e => e.ToString().Contains("resp_1"));
        TranslatedOutput.Terminal(events).GetProperty("model").GetString().Should().Be("gpt-fallback");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Request_level_fallbacks_are_resolved_by_name_and_stripped_from_every_upstream_body(bool streaming)
    {
        Lane primary = upstream.NewLane();
        Lane named = upstream.NewLane();
        primary.Create.Enqueue(ProviderErrors.OpenAI(503, "busy", "server_error", code: "overloaded"));
        named.Create.Enqueue(streaming ? OpenAIReplies.Stream("resp_named", "gpt-named", "named") : OpenAIReplies.Json("resp_named", "gpt-named", "named"));
        using var namedClient = named.Client();
        var asked = new List<string>();
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(o => o.ResolveModel = name =>
        {
            asked.Add(name);
            return name == "gpt-named" ? namedClient : null;
        }).Build();
        var request = new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" };
        request.SetAdditionalProperty("fallbacks", Fixtures.ParseElement("""["unknown-model", "gpt-named"]"""));
        request.SetAdditionalProperty("user_extra", Fixtures.ParseElement("\"kept\""));

        JsonElement served = await FallbackResponsesClientTests.CallAsync(client, request, streaming);

        served.GetProperty("model").GetString().Should().Be("gpt-named");
        asked.Should().Equal("unknown-model", "gpt-named");
        JsonElement primaryBody = primary.Requests.Should().ContainSingle().Subject.Json!.Value;
        JsonElement namedBody = named.Requests.Should().ContainSingle().Subject.Json!.Value;
        primaryBody.TryGetProperty("fallbacks", out _).Should().BeFalse();
        namedBody.TryGetProperty("fallbacks", out _).Should().BeFalse();
        primaryBody.GetProperty("user_extra").GetString().Should().Be("kept", "only the fallbacks field is removed");
        primaryBody.GetProperty("model").GetString().Should().Be("gpt-primary");
        namedBody.GetProperty("model").GetString().Should().Be("gpt-named");
        request.TryGetAdditionalProperty("fallbacks", out _).Should().BeTrue("the caller's request is not changed");
    }

    [Fact]
    public async Task The_fallbacks_field_is_stripped_even_when_the_primary_succeeds()
    {
        Lane primary = upstream.NewLane();
        primary.Create.Enqueue(OpenAIReplies.Json("resp_1", "gpt-primary", "ok"));
        using IResponsesClient client = primary.Client().AsBuilder().UseFallback(_ => { }).Build();
        var request = new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" };
        request.SetAdditionalProperty("fallbacks", Fixtures.ParseElement("""["gpt-other"]"""));

        Response response = await client.CreateResponseAsync(request);

        response.OutputText.Should().Be("ok");
        primary.Requests.Should().ContainSingle().Which.Json!.Value.TryGetProperty("fallbacks", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Retry_inside_fallback_exhausts_the_primary_first_then_moves_on()
    {
        Lane primary = upstream.NewLane();
        Lane fallback = upstream.NewLane();
        primary.Create.Always(ProviderErrors.OpenAI(500, "down", "server_error"));
        fallback.Create.Enqueue(OpenAIReplies.Json("resp_fb", "gpt-fallback", "fallback"));
        using var fallbackClient = fallback.Client();
        var clock = new RecordingClock();
        using IResponsesClient client = primary.Client().AsBuilder()
            .UseFallback(new FallbackTarget(fallbackClient, "gpt-fallback"))
            .UseRetry(o =>
            {
                o.TimeProvider = clock;
                o.MaxRetryAttempts = 2;
            })
            .Build();
        using var servedBy = ResponsesServedBy.Track();

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-primary", Input = "Hi" });

        response.Model.Should().Be("gpt-fallback");
        primary.Requests.Should().HaveCount(3);
        servedBy.Retries.Should().Be(2);
        servedBy.Fallbacks.Should().Be(1);
    }
}
