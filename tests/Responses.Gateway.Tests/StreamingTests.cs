using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

public sealed class StreamingTests
{
    [Fact]
    public async Task Events_reach_the_client_before_the_upstream_has_finished()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        IReadOnlyList<SseFrame> frames = Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.Anthropic.EnqueuePost("/v1/messages", HeldSseReply.Create(frames, release.Task));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/responses") { Content = GatewayHarness.Json("""{"model":"claude","input":"Hi","stream":true}""") };
        using HttpResponseMessage response = await gateway.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using Stream stream = await response.Content.ReadAsStreamAsync();
        await using IAsyncEnumerator<SseItem<string>> events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();

        (await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        events.Current.EventType.Should().Be("response.created", "the first event is flushed while the upstream is still waiting");

        release.SetResult();
        string last = events.Current.EventType;
        while (await events.MoveNextAsync())
        {
            last = events.Current.EventType;
        }

        last.Should().Be("response.completed");
    }

    [Fact]
    public async Task An_upstream_error_before_any_event_is_a_json_error_with_its_status()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json("""{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""", 401));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"claude","input":"Hi","stream":true}""");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, body.ToString());
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain("invalid x-api-key");
    }

    [Fact]
    public async Task A_stream_cut_by_the_upstream_ends_with_response_failed()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        IReadOnlyList<SseFrame> frames = Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt");
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(frames.Take(3)));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"claude","input":"Hi","stream":true}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(response);
        events[^1].GetProperty("type").GetString().Should().BeOneOf("response.failed", "error");
        StreamLifecycleChecker.AssertValid(events);
    }
}
