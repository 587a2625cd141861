using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Responses.Testing;

/// <summary>
/// What <see cref="FakeUpstream"/> answers to one request: a body (JSON or raw), an SSE stream of frames, raw chunks
/// (e.g. AWS event-stream), or a custom handler; plus faults (status, headers, delays, a cut connection).
/// Immutable: the <c>With…</c> methods return modified copies.
/// </summary>
public sealed record UpstreamReply
{
    /// <summary>The content type of SSE replies.</summary>
    public const string EventStreamContentType = "text/event-stream";

    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Extra response headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The <c>Content-Type</c>, or <c>null</c> for none.</summary>
    public string? ContentType { get; init; }

    /// <summary>A complete body (JSON or raw), written at once.</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>SSE frames, written one by one with a flush after each.</summary>
    public IReadOnlyList<SseFrame>? Frames { get; init; }

    /// <summary>Raw chunks (e.g. AWS event-stream frames), written one by one with a flush after each.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>>? Chunks { get; init; }

    /// <summary>Write OpenAI's <c>data: [DONE]</c> after the frames.</summary>
    public bool AppendDoneSentinel { get; init; }

    /// <summary>A pause before each frame or chunk.</summary>
    public TimeSpan FrameDelay { get; init; }

    /// <summary>A pause before the status line and headers are sent.</summary>
    public TimeSpan DelayBeforeHeaders { get; init; }

    /// <summary>After this many frames/chunks the connection is aborted (<c>HttpContext.Abort()</c>), or <c>null</c>.</summary>
    public int? CutAfterFrames { get; init; }

    /// <summary>After the last frame/chunk keep the response open until the client disconnects or the fake stops.</summary>
    public bool KeepOpen { get; init; }

    /// <summary>A custom handler that writes the whole reply (everything else is ignored except <see cref="DelayBeforeHeaders"/>).</summary>
    public Func<HttpContext, CancellationToken, Task>? Handler { get; init; }

    /// <summary>A JSON reply from JSON text.</summary>
    public static UpstreamReply Json(string json, int statusCode = 200) =>
        new() { StatusCode = statusCode, ContentType = "application/json", Body = Encoding.UTF8.GetBytes(json) };

    /// <summary>A JSON reply from a JSON element.</summary>
    public static UpstreamReply Json(JsonElement json, int statusCode = 200) => Json(json.GetRawText(), statusCode);

    /// <summary>A JSON reply from an object (serialized with <see cref="JsonSerializerDefaults.Web"/>).</summary>
    public static UpstreamReply JsonObject(object? value, int statusCode = 200) =>
        Json(JsonSerializer.Serialize(value, WebOptions), statusCode);

    /// <summary>An SSE reply written frame by frame.</summary>
    public static UpstreamReply Sse(IEnumerable<SseFrame> frames) =>
        new() { ContentType = EventStreamContentType, Frames = frames.ToList() };

    /// <summary>An SSE reply written frame by frame.</summary>
    public static UpstreamReply Sse(params SseFrame[] frames) => Sse((IEnumerable<SseFrame>)frames);

    /// <summary>An SSE reply of JSON events written like OpenAI does (<c>event:</c> = the JSON <c>type</c>).</summary>
    public static UpstreamReply SseEvents(IEnumerable<JsonElement> events) => Sse(Fixtures.ToSseFrames(events));

    /// <summary>A raw reply written chunk by chunk (flush after each).</summary>
    public static UpstreamReply Bytes(string contentType, IEnumerable<ReadOnlyMemory<byte>> chunks) =>
        new() { ContentType = contentType, Chunks = chunks.ToList() };

    /// <summary>A raw reply written chunk by chunk (flush after each).</summary>
    public static UpstreamReply Bytes(string contentType, params byte[][] chunks) =>
        Bytes(contentType, chunks.Select(c => (ReadOnlyMemory<byte>)c));

    /// <summary>A reply with only a status code.</summary>
    public static UpstreamReply Status(int statusCode) => new() { StatusCode = statusCode };

    /// <summary>A reply written by custom code.</summary>
    public static UpstreamReply Custom(Func<HttpContext, CancellationToken, Task> handler) => new() { Handler = handler };

    /// <summary>With another status code.</summary>
    public UpstreamReply WithStatus(int statusCode) => this with { StatusCode = statusCode };

    /// <summary>With an extra header.</summary>
    public UpstreamReply WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    /// <summary>With <c>Retry-After</c> in whole seconds.</summary>
    public UpstreamReply WithRetryAfter(TimeSpan delay) =>
        WithHeader("Retry-After", ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture));

    /// <summary>With <c>Retry-After</c> as an HTTP date.</summary>
    public UpstreamReply WithRetryAfter(DateTimeOffset when) => WithHeader("Retry-After", when.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));

    /// <summary>With a pause before the headers are sent.</summary>
    public UpstreamReply WithDelayBeforeHeaders(TimeSpan delay) => this with { DelayBeforeHeaders = delay };

    /// <summary>With a pause before each frame/chunk.</summary>
    public UpstreamReply WithFrameDelay(TimeSpan delay) => this with { FrameDelay = delay };

    /// <summary>With OpenAI's <c>data: [DONE]</c> after the frames.</summary>
    public UpstreamReply WithDoneSentinel() => this with { AppendDoneSentinel = true };

    /// <summary>Abort the connection after <paramref name="frames"/> frames/chunks were sent.</summary>
    public UpstreamReply CutAfter(int frames) => this with { CutAfterFrames = frames };

    /// <summary>Keep the stream open after the last frame until the client disconnects.</summary>
    public UpstreamReply HoldOpen() => this with { KeepOpen = true };
}
