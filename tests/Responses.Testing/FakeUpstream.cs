using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Responses.Testing;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that plays a provider: program replies per route
/// (JSON, SSE, raw chunks, faults), then point the client under test at <see cref="BaseAddress"/>.
/// Every request is recorded; client disconnects during a reply are detected.
/// </summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    private readonly object gate = new();
    private readonly List<FakeRoute> routes = [];
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(int Count, TaskCompletionSource<IReadOnlyList<RecordedRequest>> Signal)> waiters = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, Socket> sockets = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int disposed;

    private FakeUpstream()
    {
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Starts a fake upstream on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeUpstream> StartAsync(CancellationToken cancellationToken = default)
    {
        var upstream = new FakeUpstream();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeUpstream).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            // Remember each connection's socket, for replies that cut the stream (see WriteCutStreamAsync).
            if (connection.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
            {
                upstream.sockets[connection.ConnectionId] = socket;
            }

            try
            {
                await next(connection);
            }
            finally
            {
                upstream.sockets.TryRemove(connection.ConnectionId, out _);
            }
        })));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(upstream.HandleAsync);
        upstream.app = app;
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no bound address.");
            upstream.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            return upstream;
        }
        catch
        {
            await upstream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Gets or creates the route for a method and path.</summary>
    public FakeRoute Route(string method, string path, PathMatch match = PathMatch.Exact)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        lock (gate)
        {
            var existing = routes.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path == path && r.Match == match);
            if (existing is not null)
            {
                return existing;
            }

            var route = new FakeRoute(method, path, match);
            routes.Add(route);
            return route;
        }
    }

    /// <summary>Queues replies on <c>POST path</c> (exact).</summary>
    public FakeRoute EnqueuePost(string path, params UpstreamReply[] replies) => Route("POST", path).Enqueue(replies);

    /// <summary>An <see cref="HttpClient"/> whose base address is this server (the caller disposes it).</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null) =>
        new() { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    /// <summary>Waits until at least <paramref name="count"/> requests arrived; returns the snapshot. Throws <see cref="TimeoutException"/> after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<IReadOnlyList<RecordedRequest>> signal;
        lock (gate)
        {
            if (requests.Count >= count)
            {
                return requests.ToList();
            }

            signal = new TaskCompletionSource<IReadOnlyList<RecordedRequest>>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, signal));
        }

        try
        {
            return await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} request(s), received {Requests.Count}: {string.Join("; ", Requests)}");
        }
        finally
        {
            lock (gate)
            {
                waiters.RemoveAll(w => w.Signal == signal);
            }
        }
    }

    /// <summary>Stops the server; streams held open end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync();
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Connections that did not drain in time are closed by DisposeAsync.
            }

            await app.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var record = await RecordAsync(context);
        var serverAborted = false;
        using var registration = context.RequestAborted.Register(() =>
        {
            if (!Volatile.Read(ref serverAborted))
            {
                record.MarkClientDisconnected();
            }
        });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var ct = linked.Token;
        try
        {
            var route = FindRoute(record.Method, record.Path);
            record.Route = route?.ToString();
            var reply = route is null
                ? ProviderErrors.OpenAI(404, $"FakeUpstream: no route for {record.Method} {record.Path}", "not_found_error")
                : route.Next(record) ?? ProviderErrors.OpenAI(500, $"FakeUpstream: no reply left for {route}", "server_error");
            await WriteReplyAsync(context, record, reply, () => Volatile.Write(ref serverAborted, true), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Client went away (flagged by the registration) or the fake is stopping.
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            // Writing to a connection the client closed (Kestrel may report it before RequestAborted fires).
            if (!Volatile.Read(ref serverAborted))
            {
                record.MarkClientDisconnected();
            }
        }
        finally
        {
            record.MarkFinished();
        }
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        RecordedRequest record;
        List<(int Count, TaskCompletionSource<IReadOnlyList<RecordedRequest>> Signal)> ready;
        lock (gate)
        {
            record = new RecordedRequest(requests.Count, context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, headers, body.ToArray());
            requests.Add(record);
            ready = waiters.Where(w => requests.Count >= w.Count).ToList();
            var snapshot = requests.ToList();
            foreach (var w in ready)
            {
                waiters.Remove(w);
                w.Signal.TrySetResult(snapshot);
            }
        }

        return record;
    }

    private FakeRoute? FindRoute(string method, string path)
    {
        lock (gate)
        {
            return routes.Where(r => r.Match == PathMatch.Exact).FirstOrDefault(r => r.Matches(method, path))
                ?? routes.Where(r => r.Match == PathMatch.Prefix).OrderByDescending(r => r.Path.Length).FirstOrDefault(r => r.Matches(method, path));
        }
    }

    private async Task WriteReplyAsync(HttpContext context, RecordedRequest record, UpstreamReply reply, Action markServerAbort, CancellationToken ct)
    {
        if (reply.DelayBeforeHeaders > TimeSpan.Zero)
        {
            await Task.Delay(reply.DelayBeforeHeaders, ct);
        }

        if (reply.Handler is not null)
        {
            record.MarkResponseStarted();
            await reply.Handler(context, ct);
            return;
        }

        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers.Append(name, value);
        }

        if (reply.ContentType is not null)
        {
            response.ContentType = reply.ContentType;
        }

        if (reply.Frames is not null)
        {
            response.Headers.CacheControl = "no-cache";
            var pieces = reply.Frames.Select(f => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(f.ToWireText())).ToList();
            if (reply.AppendDoneSentinel)
            {
                pieces.Add(Encoding.UTF8.GetBytes(SseFrame.Done().ToWireText()));
            }

            await WritePiecesAsync(context, record, reply, pieces, markServerAbort, ct);
            return;
        }

        if (reply.Chunks is not null)
        {
            await WritePiecesAsync(context, record, reply, reply.Chunks, markServerAbort, ct);
            return;
        }

        var body = reply.Body ?? ReadOnlyMemory<byte>.Empty;
        response.ContentLength = body.Length;
        await response.StartAsync(ct);
        record.MarkResponseStarted();
        await response.Body.WriteAsync(body, ct);
    }

    /// <summary>
    /// A stream that is cut after N frames is written straight to the connection's socket (HTTP/1.1 chunked framing, one
    /// send per frame), then the socket is half-closed and the connection aborted with <see cref="HttpContext.Abort"/>.
    /// Going around Kestrel's output pipe guarantees the client receives every frame sent before the cut (Kestrel's
    /// flush does not wait for the socket, so an abort right after it may drop frames), and then an unexpected end of the body.
    /// </summary>
    private static async Task WriteCutStreamAsync(HttpContext context, Socket socket, RecordedRequest record, UpstreamReply reply, IReadOnlyList<ReadOnlyMemory<byte>> pieces, Action markServerAbort, CancellationToken ct)
    {
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(reply.StatusCode.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(ReasonPhrases.GetReasonPhrase(reply.StatusCode)).Append("\r\n")
            .Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        if (reply.ContentType is not null)
        {
            head.Append("Content-Type: ").Append(reply.ContentType).Append("\r\n");
        }

        if (reply.Frames is not null)
        {
            head.Append("Cache-Control: no-cache\r\n");
        }

        foreach (var (name, value) in reply.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Transfer-Encoding: chunked\r\n\r\n");
        await socket.SendAsync(Encoding.ASCII.GetBytes(head.ToString()), SocketFlags.None, ct);
        record.MarkResponseStarted();

        var count = Math.Min(reply.CutAfterFrames ?? pieces.Count, pieces.Count);
        for (var i = 0; i < count; i++)
        {
            if (reply.FrameDelay > TimeSpan.Zero)
            {
                await Task.Delay(reply.FrameDelay, ct);
            }

            var chunk = new byte[pieces[i].Length + 32];
            var prefix = Encoding.ASCII.GetBytes(pieces[i].Length.ToString("X", CultureInfo.InvariantCulture) + "\r\n");
            prefix.CopyTo(chunk, 0);
            pieces[i].Span.CopyTo(chunk.AsSpan(prefix.Length));
            "\r\n"u8.CopyTo(chunk.AsSpan(prefix.Length + pieces[i].Length));
            await socket.SendAsync(chunk.AsMemory(0, prefix.Length + pieces[i].Length + 2), SocketFlags.None, ct);
        }

        markServerAbort();
        socket.Shutdown(SocketShutdown.Send);
        try
        {
            // Bounded wait until the client has read to the end and closed its side.
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client closed the connection.
        }

        context.Abort();
    }

    private async Task WritePiecesAsync(HttpContext context, RecordedRequest record, UpstreamReply reply, IReadOnlyList<ReadOnlyMemory<byte>> pieces, Action markServerAbort, CancellationToken ct)
    {
        if (reply.CutAfterFrames is not null && sockets.TryGetValue(context.Connection.Id, out var socket))
        {
            await WriteCutStreamAsync(context, socket, record, reply, pieces, markServerAbort, ct);
            return;
        }

        var response = context.Response;
        await response.StartAsync(ct);
        await response.Body.FlushAsync(ct);
        record.MarkResponseStarted();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (reply.CutAfterFrames is { } cut && i >= cut)
            {
                break;
            }

            if (reply.FrameDelay > TimeSpan.Zero)
            {
                await Task.Delay(reply.FrameDelay, ct);
            }

            await response.Body.WriteAsync(pieces[i], ct);
            await response.Body.FlushAsync(ct);
        }

        if (reply.CutAfterFrames is not null)
        {
            markServerAbort();
            context.Abort();
            return;
        }

        if (reply.KeepOpen)
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
    }
}
