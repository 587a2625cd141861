using System.Text.Json;
using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>
/// One <see cref="FakeUpstream"/> per test class. Each test takes its own <see cref="Lane"/> (a unique path prefix),
/// so tests never see each other's routes or requests while sharing one Kestrel server.
/// </summary>
public sealed class OpenAIUpstream : IAsyncLifetime
{
    private int lanes;

    public FakeUpstream Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeUpstream.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    /// <summary>A fresh lane: the client's endpoint is <c>{base}/lane-N/v1/</c>.</summary>
    public Lane NewLane() => new(Fake, $"/lane-{Interlocked.Increment(ref lanes)}");
}

/// <summary>A unique path prefix on the shared fake, with the client that targets it.</summary>
public sealed class Lane(FakeUpstream fake, string prefix)
{
    public FakeUpstream Fake { get; } = fake;

    /// <summary>The endpoint ending in <c>/v1/</c> (what the brief calls <c>fake.BaseAddress + "/v1/"</c>, under this lane's prefix).</summary>
    public Uri Endpoint => new(Fake.BaseAddress, prefix.TrimStart('/') + "/v1/");

    /// <summary>The full path of an API path under this lane, e.g. <c>responses</c> → <c>/lane-3/v1/responses</c>.</summary>
    public string PathOf(string apiPath) => $"{prefix}/v1/{apiPath}";

    /// <summary>The route for an API path (exact, <c>{id}</c> segments allowed).</summary>
    public FakeRoute Route(string method, string apiPath, PathMatch match = PathMatch.Exact) => Fake.Route(method, PathOf(apiPath), match);

    /// <summary>The <c>POST /v1/responses</c> route.</summary>
    public FakeRoute Create => Route("POST", "responses");

    /// <summary>Every request this lane received.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Fake.Requests.Where(r => r.Path.StartsWith(prefix + "/", StringComparison.Ordinal)).ToList();

    /// <summary>Waits for the first request of this lane (the fake is shared, so its own count does not tell).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            int seen = Fake.Requests.Count;
            IReadOnlyList<RecordedRequest> mine = Requests;
            if (mine.Count > 0)
            {
                return mine[0];
            }

            await Fake.WaitForRequestsAsync(seen + 1, timeout, cts.Token);
        }
    }

    /// <summary>A client for this lane: key <c>key</c>, endpoint <see cref="Endpoint"/>, then <paramref name="configure"/>.</summary>
    public OpenAIResponsesClient Client(Action<OpenAIResponsesClientOptions>? configure = null)
    {
        var options = new OpenAIResponsesClientOptions { ApiKey = "key", Endpoint = Endpoint };
        configure?.Invoke(options);
        return new OpenAIResponsesClient(options);
    }
}

/// <summary>Helpers over client output.</summary>
internal static class Wire
{
    /// <summary>An event as it goes on the wire.</summary>
    public static JsonElement Json(ResponseStreamEvent e) => ResponsesJson.SerializeToElement<ResponseStreamEvent>(e);

    /// <summary>Reads a whole stream, serializing each event as it arrives.</summary>
    public static async Task<List<JsonElement>> CollectAsync(IAsyncEnumerable<ResponseStreamEvent> stream, CancellationToken cancellationToken = default)
    {
        var events = new List<JsonElement>();
        await foreach (var e in stream.WithCancellation(cancellationToken))
        {
            events.Add(Json(e));
        }

        return events;
    }

    public static string TypeOf(JsonElement e) => e.GetProperty("type").GetString()!;

    /// <summary>Every event valid against the OpenAI spec (the kit's documented deviations tolerated).</summary>
    public static void ShouldBeSchemaValid(IEnumerable<JsonElement> events)
    {
        var violations = events.SelectMany((e, i) => SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI).Select(v => $"event #{i}: {v}")).ToList();
        violations.Should().BeEmpty(string.Join("\n", violations));
    }

    /// <summary>The stream passes the strict lifecycle check.</summary>
    public static void ShouldPassLifecycle(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? options = null)
    {
        var violations = StreamLifecycleChecker.Check(events, options);
        violations.Should().BeEmpty(string.Join("\n", violations));
    }
}
