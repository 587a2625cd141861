using System.Text;
using System.Text.Json;

namespace Responses.Testing;

/// <summary>A request received by <see cref="FakeUpstream"/>, with signals about how its reply ended.</summary>
public sealed class RecordedRequest
{
    private readonly TaskCompletionSource clientDisconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource replyFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource responseStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RecordedRequest(int index, string method, string path, string queryString, IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body)
    {
        Index = index;
        Method = method;
        Path = path;
        QueryString = queryString;
        Headers = headers;
        Body = body;
        BodyText = Encoding.UTF8.GetString(body.Span);
        Json = TryParse(BodyText);
    }

    /// <summary>The order of arrival (0-based) over the whole upstream.</summary>
    public int Index { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request path (unescaped, as Kestrel reports it).</summary>
    public string Path { get; }

    /// <summary>The query string including <c>?</c>, or empty.</summary>
    public string QueryString { get; }

    /// <summary>Path plus query string.</summary>
    public string PathAndQuery => Path + QueryString;

    /// <summary>Request headers (case-insensitive names; repeated headers joined with <c>", "</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText { get; }

    /// <summary>The body parsed as JSON, or <c>null</c> when it is empty or not JSON.</summary>
    public JsonElement? Json { get; }

    /// <summary>The route that served the request (<c>"POST /v1/responses"</c>), or <c>null</c> when none matched.</summary>
    public string? Route { get; internal set; }

    /// <summary>Completes when the client went away (<c>RequestAborted</c>) while the reply was being written; not set when the fake itself cut the stream.</summary>
    public Task ClientDisconnected => clientDisconnected.Task;

    /// <summary>Whether <see cref="ClientDisconnected"/> has completed.</summary>
    public bool IsClientDisconnected => clientDisconnected.Task.IsCompleted;

    /// <summary>Completes when the response headers were sent.</summary>
    public Task ResponseStarted => responseStarted.Task;

    /// <summary>Completes when the fake finished handling the request (normally, cut or disconnected).</summary>
    public Task ReplyFinished => replyFinished.Task;

    /// <summary>A header value, or <c>null</c>.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <inheritdoc />
    public override string ToString() => $"#{Index} {Method} {PathAndQuery} ({Body.Length} bytes)";

    internal void MarkClientDisconnected() => clientDisconnected.TrySetResult();

    internal void MarkResponseStarted() => responseStarted.TrySetResult();

    internal void MarkFinished() => replyFinished.TrySetResult();

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return Fixtures.ParseElement(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
