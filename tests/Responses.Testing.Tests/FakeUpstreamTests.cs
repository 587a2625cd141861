using System.Net;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Responses.Testing.Tests;

public class FakeUpstreamTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<List<SseItem<string>>> ReadSseAsync(HttpResponseMessage response, CancellationToken ct = default)
    {
        var items = new List<SseItem<string>>();
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(ct))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task Binds_to_a_loopback_port()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.BaseAddress.Host.Should().Be("127.0.0.1");
        upstream.BaseAddress.Port.Should().BePositive();
    }

    [Fact]
    public async Task Replays_a_recorded_json_body_with_status_and_headers()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var body = Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/openai-web-search-tool.1.json");
        upstream.EnqueuePost("/v1/responses", UpstreamReply.Json(body).WithHeader("x-request-id", "req_123"));
        using var client = upstream.CreateClient();

        using var response = await client.PostAsync("v1/responses", JsonContent("""{"model":"gpt-5","input":"hi"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.GetValues("x-request-id").Should().Equal("req_123");
        JsonAssert.Equal(body, Fixtures.ParseElement(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Replays_a_recorded_stream_as_sse_that_SseParser_reads_back_event_for_event()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt");
        upstream.EnqueuePost("/v1/responses", UpstreamReply.SseEvents(events).WithDoneSentinel());
        using var client = upstream.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/responses") { Content = JsonContent("""{"stream":true}""") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var items = await ReadSseAsync(response).WaitAsync(Guard);

        items.Should().HaveCount(events.Count + 1);
        items[^1].Data.Should().Be("[DONE]");
        for (var i = 0; i < events.Count; i++)
        {
            items[i].EventType.Should().Be(events[i].GetProperty("type").GetString());
            JsonAssert.Equal(events[i], Fixtures.ParseElement(items[i].Data), $"event {i}");
        }

        StreamLifecycleChecker.AssertValid(Fixtures.ToEvents(items.Select(i => new SseFrame(i.EventType, i.Data))));
    }

    public static IEnumerable<object[]> RawSseFixtures() =>
        Fixtures.Enumerate("wire/**/*.sse").Concat(Fixtures.Enumerate("wire/anthropic/*.txt")).Select(p => new object[] { Fixtures.RelativePath(p) });

    [Theory]
    [MemberData(nameof(RawSseFixtures))]
    public async Task Replays_raw_sse_fixtures_frame_for_frame(string fixture)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var frames = Fixtures.ReadSseFrames(fixture);
        upstream.Route("POST", "/", PathMatch.Prefix).Enqueue(UpstreamReply.Sse(frames));
        using var client = upstream.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/messages") { Content = JsonContent("{}") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var items = await ReadSseAsync(response).WaitAsync(Guard);

        items.Select(i => (i.EventType, i.Data)).Should().Equal(frames.Select(f => (f.Event ?? SseParser.EventTypeDefault, f.Data)));
    }

    [Fact]
    public async Task Writes_frames_as_event_and_data_lines_separated_by_blank_lines()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/v1/responses", UpstreamReply.Sse(new SseFrame("a", "{\"x\":1}"), SseFrame.FromData("line1\nline2")).WithDoneSentinel());
        using var client = upstream.CreateClient();

        using var response = await client.PostAsync("v1/responses", JsonContent("{}"));

        (await response.Content.ReadAsStringAsync()).Should().Be("event: a\ndata: {\"x\":1}\n\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n");
    }

    [Fact]
    public async Task Records_every_request_with_method_path_query_headers_and_json_body()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/v1beta/models/{model}:streamGenerateContent").Always(UpstreamReply.Json("{}"));
        using var client = upstream.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse")
        {
            Content = JsonContent("""{"contents":[{"role":"user","parts":[{"text":"hi"}]}]}"""),
        };
        request.Headers.Add("x-goog-api-key", "test-key");

        using var response = await client.SendAsync(request);
        var recorded = (await upstream.WaitForRequestsAsync(1)).Single();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        recorded.Method.Should().Be("POST");
        recorded.Path.Should().Be("/v1beta/models/gemini-2.5-flash:streamGenerateContent");
        recorded.PathAndQuery.Should().Be("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        recorded.Header("X-Goog-Api-Key").Should().Be("test-key");
        recorded.Header("content-type").Should().StartWith("application/json");
        recorded.Json!.Value.GetProperty("contents")[0].GetProperty("parts")[0].GetProperty("text").GetString().Should().Be("hi");
        recorded.Route.Should().Be("POST /v1beta/models/{model}:streamGenerateContent");
    }

    [Fact]
    public async Task Records_concurrent_requests_and_waits_for_a_count()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/v1/messages").Handle(r => UpstreamReply.Json($$"""{"n":{{r.Json!.Value.GetProperty("n").GetInt32()}}}"""));
        using var client = upstream.CreateClient();

        var waiting = upstream.WaitForRequestsAsync(20);
        var calls = Enumerable.Range(0, 20).Select(async n =>
        {
            using var response = await client.PostAsync("v1/messages", JsonContent($$"""{"n":{{n}}}"""));
            return Fixtures.ParseElement(await response.Content.ReadAsStringAsync()).GetProperty("n").GetInt32();
        });
        var answers = await Task.WhenAll(calls).WaitAsync(Guard);
        var recorded = await waiting;

        answers.Should().BeEquivalentTo(Enumerable.Range(0, 20));
        recorded.Should().HaveCount(20);
        recorded.Select(r => r.Index).Should().BeEquivalentTo(Enumerable.Range(0, 20));
        recorded.Select(r => r.Json!.Value.GetProperty("n").GetInt32()).Should().BeEquivalentTo(Enumerable.Range(0, 20));
        upstream.Route("POST", "/v1/messages").Requests.Should().HaveCount(20);
    }

    [Fact]
    public async Task Waiting_for_more_requests_than_arrive_times_out_with_the_received_list()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var act = () => upstream.WaitForRequestsAsync(1, TimeSpan.FromMilliseconds(50));
        (await act.Should().ThrowAsync<TimeoutException>()).WithMessage("*received 0*");
    }

    [Fact]
    public async Task Serves_the_queue_in_order_then_the_default_handler()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/v1/chat/completions")
            .Enqueue(UpstreamReply.Json("""{"n":1}"""), UpstreamReply.Json("""{"n":2}"""))
            .Always(UpstreamReply.Json("""{"n":0}"""));
        using var client = upstream.CreateClient();

        var bodies = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync("v1/chat/completions", JsonContent("{}"));
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        bodies.Should().Equal("""{"n":1}""", """{"n":2}""", """{"n":0}""", """{"n":0}""");
    }

    [Fact]
    public async Task Matches_prefix_routes_and_answers_unknown_routes_and_empty_queues_with_errors()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/model/", PathMatch.Prefix).Always(UpstreamReply.Json("""{"prefix":true}"""));
        upstream.Route("POST", "/v1/responses").Enqueue(UpstreamReply.Json("{}"));
        using var client = upstream.CreateClient();

        using var prefixed = await client.PostAsync("model/anthropic.claude-sonnet-4/converse-stream", JsonContent("{}"));
        (await prefixed.Content.ReadAsStringAsync()).Should().Be("""{"prefix":true}""");

        using var unknown = await client.PostAsync("v2/unknown", JsonContent("{}"));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("no route for POST /v2/unknown");

        using var first = await client.PostAsync("v1/responses", JsonContent("{}"));
        using var exhausted = await client.PostAsync("v1/responses", JsonContent("{}"));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        exhausted.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await exhausted.Content.ReadAsStringAsync()).Should().Contain("no reply left");

        upstream.Requests.Select(r => r.Route).Should().Equal("POST /model/*", null, "POST /v1/responses", "POST /v1/responses");
    }

    [Fact]
    public async Task Provider_error_replies_have_each_providers_shape()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/openai").Enqueue(ProviderErrors.OpenAI(400, "Unsupported parameter", "invalid_request_error", "temperature", null));
        upstream.Route("POST", "/anthropic").Enqueue(ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded"));
        upstream.Route("POST", "/gemini").Enqueue(ProviderErrors.Gemini(429, "Quota exceeded", "RESOURCE_EXHAUSTED"));
        upstream.Route("POST", "/bedrock").Enqueue(ProviderErrors.Bedrock(429, "ThrottlingException", "Too many requests"));
        using var client = upstream.CreateClient();

        async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> Call(string path)
        {
            var response = await client.PostAsync(path, JsonContent("{}"));
            return (response.StatusCode, Fixtures.ParseElement(await response.Content.ReadAsStringAsync()), response);
        }

        var openai = await Call("openai");
        openai.Status.Should().Be(HttpStatusCode.BadRequest);
        JsonAssert.Equal("""{"error":{"message":"Unsupported parameter","type":"invalid_request_error","param":"temperature","code":null}}""", openai.Body.GetRawText());

        var anthropic = await Call("anthropic");
        ((int)anthropic.Status).Should().Be(529);
        JsonAssert.Equal("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""", anthropic.Body.GetRawText());

        var gemini = await Call("gemini");
        gemini.Status.Should().Be(HttpStatusCode.TooManyRequests);
        JsonAssert.Equal("""{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}""", gemini.Body.GetRawText());

        var bedrock = await Call("bedrock");
        bedrock.Status.Should().Be(HttpStatusCode.TooManyRequests);
        JsonAssert.Equal("""{"message":"Too many requests"}""", bedrock.Body.GetRawText());
        bedrock.Response.Headers.GetValues("x-amzn-ErrorType").Should().Equal("ThrottlingException");

        foreach (var r in new[] { openai, anthropic, gemini, bedrock })
        {
            r.Response.Dispose();
        }
    }

    [Fact]
    public async Task Retry_after_header_is_sent_in_seconds_or_as_a_date()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", "/v1/responses").Enqueue(
            ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(7)),
            ProviderErrors.OpenAI(503, "busy", "server_error").WithRetryAfter(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        using var client = upstream.CreateClient();

        using var limited = await client.PostAsync("v1/responses", JsonContent("{}"));
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        Fixtures.ParseElement(await limited.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().Should().Be("rate_limit_exceeded");

        using var busy = await client.PostAsync("v1/responses", JsonContent("{}"));
        busy.Headers.RetryAfter!.Date.Should().Be(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    [Fact]
    public async Task Delay_before_headers_holds_the_response_until_the_client_gives_up()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/v1/responses", UpstreamReply.Json("{}").WithDelayBeforeHeaders(TimeSpan.FromMinutes(5)));
        using var client = upstream.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = client.PostAsync("v1/responses", JsonContent("{}"), cts.Token);
        var recorded = (await upstream.WaitForRequestsAsync(1)).Single();
        recorded.ResponseStarted.IsCompleted.Should().BeFalse();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        await recorded.ClientDisconnected.WaitAsync(Guard);
        recorded.ResponseStarted.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task Stream_cut_after_n_frames_is_seen_by_the_client_as_an_IOException()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-phase.1.chunks.txt");
        upstream.EnqueuePost("/v1/responses", UpstreamReply.SseEvents(events).CutAfter(3));
        using var client = upstream.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/responses") { Content = JsonContent("{}") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var received = new List<SseItem<string>>();
        var read = async () =>
        {
            await using var stream = await response.Content.ReadAsStreamAsync();
            await foreach (var item in SseParser.Create(stream).EnumerateAsync())
            {
                received.Add(item);
            }
        };

        await read.Should().ThrowAsync<IOException>().WaitAsync(Guard); // HttpIOException: the response ended prematurely
        received.Should().HaveCount(3);
        var recorded = upstream.Requests.Single();
        await recorded.ReplyFinished.WaitAsync(Guard);
        recorded.IsClientDisconnected.Should().BeFalse("the fake cut the connection itself");
    }

    [Fact]
    public async Task Malformed_sse_frames_reach_the_client_verbatim()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var valid = new SseFrame("response.created", """{"type":"response.created"}""");
        upstream.Route("POST", "/v1/responses").Enqueue(
            UpstreamReply.Sse(valid, SseFrame.InvalidJson(), SseFrame.Garbage(), valid),
            UpstreamReply.Sse(valid, SseFrame.InvalidJson(), SseFrame.Garbage(), valid));
        using var client = upstream.CreateClient();

        using var first = await client.PostAsync("v1/responses", JsonContent("{}"));
        var items = await ReadSseAsync(first);
        items.Select(i => i.EventType).Should().Equal("response.created", "response.output_text.delta", "response.created");
        var parseBad = () => JsonDocument.Parse(items[1].Data);
        parseBad.Should().Throw<JsonException>();

        using var second = await client.PostAsync("v1/responses", JsonContent("{}"));
        (await second.Content.ReadAsStringAsync()).Should().Contain("this is not server-sent events {{{\n");
    }

    [Fact]
    public async Task Client_cancelling_mid_stream_is_detected_as_a_disconnect()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-phase.1.chunks.txt");
        upstream.EnqueuePost("/v1/responses", UpstreamReply.SseEvents(events.Take(2)).HoldOpen());
        using var client = upstream.CreateClient();
        using var cts = new CancellationTokenSource();

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/responses") { Content = JsonContent("{}") };
        using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token))
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cts.Token);
            var read = async () =>
            {
                var count = 0;
                await foreach (var item in SseParser.Create(stream).EnumerateAsync(cts.Token))
                {
                    if (++count == 2)
                    {
                        await cts.CancelAsync(); // the client walks away while the upstream is still streaming
                    }
                }
            };
            await read.Should().ThrowAsync<OperationCanceledException>().WaitAsync(Guard);
        }

        var recorded = upstream.Requests.Single();
        await recorded.ClientDisconnected.WaitAsync(Guard);
        await recorded.ReplyFinished.WaitAsync(Guard);
        recorded.IsClientDisconnected.Should().BeTrue();
    }

    [Fact]
    public async Task Raw_chunks_replay_an_aws_event_stream_byte_for_byte()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var messages = Fixtures.ReadAwsEventStreamMessages("wire/bedrock/converse-stream-synthetic.bin");
        messages.Should().HaveCountGreaterThan(3);
        upstream.Route("POST", "/model/{id}/converse-stream").Enqueue(
            UpstreamReply.Bytes("application/vnd.amazon.eventstream", messages.ToArray()).WithFrameDelay(TimeSpan.FromMilliseconds(1)));
        using var client = upstream.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "model/us.anthropic.claude-sonnet-4-20250514-v1:0/converse-stream") { Content = JsonContent("{}") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.amazon.eventstream");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Fixtures.ReadBytes("wire/bedrock/converse-stream-synthetic.bin"));
    }

    [Fact]
    public async Task Raw_chunks_can_be_cut_too()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var messages = Fixtures.ReadAwsEventStreamMessages("wire/bedrock/converse-stream-synthetic.bin");
        upstream.Route("POST", "/model/{id}/converse-stream").Enqueue(UpstreamReply.Bytes("application/vnd.amazon.eventstream", messages.ToArray()).CutAfter(1));
        using var client = upstream.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "model/m/converse-stream") { Content = JsonContent("{}") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var act = () => response.Content.ReadAsByteArrayAsync();
        await act.Should().ThrowAsync<HttpRequestException>().Where(e => e.InnerException is IOException).WaitAsync(Guard);
    }

    [Fact]
    public async Task Custom_handler_writes_the_reply()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Route("GET", "/v1/models").Always(UpstreamReply.Custom(async (ctx, ct) =>
        {
            ctx.Response.StatusCode = 418;
            await ctx.Response.WriteAsync("teapot", ct);
        }));
        using var client = upstream.CreateClient();

        using var response = await client.GetAsync("v1/models");

        ((int)response.StatusCode).Should().Be(418);
        (await response.Content.ReadAsStringAsync()).Should().Be("teapot");
    }

    [Fact]
    public async Task Disposing_ends_streams_that_are_held_open()
    {
        var upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/v1/responses", UpstreamReply.Sse(SseFrame.FromData("{}")).HoldOpen());
        using var client = upstream.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/responses") { Content = JsonContent("{}") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await upstream.Requests.Single().ResponseStarted.WaitAsync(Guard);

        await upstream.DisposeAsync().AsTask().WaitAsync(Guard);

        upstream.Requests.Single().ReplyFinished.IsCompleted.Should().BeTrue();
    }
}
