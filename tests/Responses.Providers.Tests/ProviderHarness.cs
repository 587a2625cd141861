using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>
/// A fake provider (Kestrel on 127.0.0.1) and a client pointed at it, with the checks every translated output passes.
/// Each provider's harness adds its routes and reply helpers.
/// </summary>
/// <typeparam name="TClient">The provider client.</typeparam>
internal abstract class ProviderHarness<TClient> : IAsyncDisposable
    where TClient : IResponsesClient
{
    protected ProviderHarness(FakeUpstream upstream, TClient client)
    {
        Upstream = upstream;
        Client = client;
    }

    public FakeUpstream Upstream { get; }

    public TClient Client { get; }

    /// <summary>Streams a request and returns every event as JSON, after checking each against both specs and the whole stream's lifecycle.</summary>
    public async Task<IReadOnlyList<JsonElement>> StreamAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        var events = new List<JsonElement>();
        await foreach (ResponseStreamEvent e in Client.CreateResponseStreamingAsync(request, cancellationToken))
        {
            events.Add(ResponsesJson.SerializeToElement(e));
        }

        TranslatedOutput.AssertValidStream(events);
        return events;
    }

    /// <summary>Creates a response without streaming and returns it as JSON, checked against both specs.</summary>
    public async Task<JsonElement> CreateAsync(CreateResponseRequest request)
    {
        Response response = await Client.CreateResponseAsync(request);
        JsonElement json = ResponsesJson.SerializeToElement(response);
        TranslatedOutput.AssertValidResponse(json);
        return json;
    }

    /// <summary>
    /// Streams "Hi", cancels at the first text delta (the upstream reply must be held open), and returns the upstream
    /// request once the fake saw the client go (or 10 s passed), with the events received before cancelling.
    /// </summary>
    public async Task<(RecordedRequest Request, IReadOnlyList<ResponseStreamEvent> Received)> CancelAtFirstTextDeltaAsync()
    {
        using var cts = new CancellationTokenSource();
        var received = new List<ResponseStreamEvent>();
        Func<Task> read = async () =>
        {
            await foreach (ResponseStreamEvent e in Client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }, cts.Token))
            {
                received.Add(e);
                if (e is ResponseOutputTextDeltaEvent)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await read.Should().ThrowAsync<OperationCanceledException>();
        RecordedRequest request = (await Upstream.WaitForRequestsAsync(1))[0];
        await request.ClientDisconnected.WaitAsync(TimeSpan.FromSeconds(10));
        return (request, received);
    }

    public async Task<RecordedRequest> LastRequestAsync()
    {
        IReadOnlyList<RecordedRequest> requests = await Upstream.WaitForRequestsAsync(1);
        return requests[^1];
    }

    public async Task<JsonElement> LastRequestBodyAsync() =>
        (await LastRequestAsync()).Json ?? throw new InvalidOperationException("The request had no JSON body.");

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return Upstream.DisposeAsync();
    }
}
