using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>Cancelling or abandoning a stream closes the upstream connection (observed by the fake, not timed).</summary>
public class OpenAICancellationTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    // Generous: only guards against a hang; the signal normally comes at once.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static IReadOnlyList<JsonElement> Recording() => Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt");

    [Fact]
    public async Task Cancelling_the_token_between_events_disconnects_the_upstream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(Recording().Take(20)).HoldOpen());
        using var client = lane.Client();
        using var cts = new CancellationTokenSource();
        int received = 0;

        Func<Task> read = async () =>
        {
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }, cts.Token))
            {
                if (++received == 10)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await read.Should().ThrowAsync<OperationCanceledException>();
        received.Should().Be(10);
        await ShouldDisconnectAsync(lane);
    }

    [Fact]
    public async Task Cancelling_the_token_while_waiting_for_the_next_event_disconnects_the_upstream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(Recording().Take(20)).HoldOpen());
        using var client = lane.Client();
        using var cts = new CancellationTokenSource();
        IAsyncEnumerator<ResponseStreamEvent> events = client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }, cts.Token).GetAsyncEnumerator();
        try
        {
            for (int i = 0; i < 20; i++)
            {
                (await events.MoveNextAsync()).Should().BeTrue();
            }

            // The upstream holds the stream open: this read waits until it is cancelled.
            ValueTask<bool> next = events.MoveNextAsync();
            await (await lane.WaitForRequestAsync(HangGuard)).ResponseStarted.WaitAsync(HangGuard);
            await cts.CancelAsync();
            Func<Task> waiting = async () => await next;
            await waiting.Should().ThrowAsync<OperationCanceledException>().WaitAsync(HangGuard);
        }
        finally
        {
            await events.DisposeAsync();
        }

        await ShouldDisconnectAsync(lane);
    }

    [Fact]
    public async Task Breaking_out_of_await_foreach_disconnects_the_upstream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(Recording()).HoldOpen());
        using var client = lane.Client();
        int received = 0;

        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }))
        {
            if (++received == 5)
            {
                break;
            }
        }

        received.Should().Be(5);
        await ShouldDisconnectAsync(lane);
    }

    [Fact]
    public async Task Breaking_out_of_a_slow_stream_disconnects_the_upstream()
    {
        // Frames keep coming after the caller stops reading, and the rest is small and quick: HttpClient's drain on
        // dispose (up to 1 MB / 2 s) would read it to the end and the upstream would never see a disconnect.
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(Recording()).WithFrameDelay(TimeSpan.FromMilliseconds(15)));
        using var client = lane.Client();

        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }))
        {
            if (e is ResponseOutputItemAddedEvent)
            {
                break;
            }
        }

        await ShouldDisconnectAsync(lane);
    }

    [Fact]
    public async Task Cancelling_before_the_headers_arrive_disconnects_the_upstream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.SseEvents(Recording()).WithDelayBeforeHeaders(TimeSpan.FromSeconds(30)));
        using var client = lane.Client();
        using var cts = new CancellationTokenSource();
        Task<List<JsonElement>> reading = Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }, cts.Token));

        await lane.WaitForRequestAsync(HangGuard);
        await cts.CancelAsync();

        Func<Task> waiting = () => reading;
        await waiting.Should().ThrowAsync<OperationCanceledException>().WaitAsync(HangGuard);
        await lane.Requests.Single().ClientDisconnected.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Cancelling_a_non_streaming_call_disconnects_the_upstream()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(OpenAIRequestPassThroughTests.ShortBody().WithDelayBeforeHeaders(TimeSpan.FromSeconds(30)));
        using var client = lane.Client();
        using var cts = new CancellationTokenSource();
        Task<Response> call = client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }, cts.Token);

        await lane.WaitForRequestAsync(HangGuard);
        await cts.CancelAsync();

        Func<Task> waiting = () => call;
        await waiting.Should().ThrowAsync<OperationCanceledException>().WaitAsync(HangGuard);
        await lane.Requests.Single().ClientDisconnected.WaitAsync(HangGuard);
    }

    private static async Task ShouldDisconnectAsync(Lane lane)
    {
        RecordedRequest request = lane.Requests.Single();
        await request.ClientDisconnected.WaitAsync(HangGuard);
        request.IsClientDisconnected.Should().BeTrue();
    }
}
