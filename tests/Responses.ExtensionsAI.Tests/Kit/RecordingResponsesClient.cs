using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Responses.Providers.Streaming;

namespace Responses.ExtensionsAI.Tests.Kit;

/// <summary>
/// A provider made with <see cref="ResponseWriter"/> that records the requests it receives (as JSON, so later
/// changes cannot hide) and answers with what the test scripts: each call takes the next script, which makes
/// semantic calls on the writer. Streaming and non-streaming run the same script.
/// </summary>
internal sealed class RecordingResponsesClient : IResponsesClient
{
    private readonly ConcurrentQueue<Action<ResponseWriter>> _scripts = new();

    public List<string> RequestJson { get; } = [];

    public List<CreateResponseRequest> Requests { get; } = [];

    /// <summary>Set on every response: whether it was stored (as a store middleware or OpenAI would report).</summary>
    public bool Stored { get; set; }

    public string Model { get; set; } = "test-model";

    public RecordingResponsesClient Then(Action<ResponseWriter> script)
    {
        _scripts.Enqueue(script);
        return this;
    }

    public static Action<ResponseWriter> Text(string text, string? messageId = null) => w =>
    {
        int m = w.BeginMessage(messageId);
        w.AppendOutputText(m, text);
        w.Complete();
    };

    public Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        var writer = new ResponseWriter(Shell(request), emitEvents: false);
        Next(request)(writer);
        return Task.FromResult(writer.Response);
    }

    public async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var writer = new ResponseWriter(Shell(request));
        Next(request)(writer);
        await Task.Yield();
        foreach (ResponseStreamEvent e in writer.TakeEvents())
        {
            yield return e;
        }
    }

    private Action<ResponseWriter> Next(CreateResponseRequest request)
    {
        RequestJson.Add(ResponsesJson.Serialize(request));
        Requests.Add(request);
        return _scripts.TryDequeue(out Action<ResponseWriter>? script) ? script : throw new InvalidOperationException("No scripted answer left.");
    }

    private Response Shell(CreateResponseRequest request) => ResponseEcho.FromRequest(request, request.Model ?? Model, stored: Stored);

    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ResponsesClientMetadata) ? new ResponsesClientMetadata("recording", new Uri("http://recording.invalid/"), Model)
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
