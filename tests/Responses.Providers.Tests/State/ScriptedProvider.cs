using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Responses.Providers.Streaming;

namespace Responses.Providers.Tests.State;

/// <summary>
/// A stateless provider made with <see cref="ResponseWriter"/>: every call answers with a reasoning item
/// (with encrypted content) and a message "answer N". It records the requests it receives and can hold a
/// stream open after its first delta until <see cref="Release"/> (to test resume, background and cancel).
/// Stored-response calls throw: the state middleware must serve them.
/// </summary>
public sealed class ScriptedProvider : IResponsesClient
{
    private int _calls;
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<CreateResponseRequest> Requests { get; } = new();

    /// <summary>Whether streams pause after their first delta until <see cref="Release"/>.</summary>
    public bool Hold { get; set; }

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource UpstreamCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    /// <summary>The JSON the provider received, by call (1-based).</summary>
    public string RequestJson(int call) => ResponsesJson.Serialize(Requests.ElementAt(call - 1));

    public Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        int n = Interlocked.Increment(ref _calls);
        Requests.Enqueue(ResponsesJson.Deserialize<CreateResponseRequest>(ResponsesJson.Serialize(request))!);
        var writer = new ResponseWriter(NewResponse(request, n), emitEvents: false);
        Write(writer, n);
        writer.Complete();
        return Task.FromResult(writer.Response);
    }

    public async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int n = Interlocked.Increment(ref _calls);
        Requests.Enqueue(ResponsesJson.Deserialize<CreateResponseRequest>(ResponsesJson.Serialize(request))!);
        var writer = new ResponseWriter(NewResponse(request, n));
        int reasoning = writer.BeginReasoning($"rs_{n}");
        writer.AppendReasoningSummary(reasoning, "thinking");
        writer.SetEncryptedContent(reasoning, $"enc_{n}");
        writer.EndItem(reasoning);
        int message = writer.BeginMessage($"msg_{n}");
        writer.AppendOutputText(message, "answer ");
        foreach (ResponseStreamEvent e in writer.TakeEvents())
        {
            yield return e;
        }

        if (Hold)
        {
            Holding.TrySetResult();
            try
            {
                await _gate.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                UpstreamCancelled.TrySetResult();
                throw;
            }
        }

        await Task.Yield();
        writer.AppendOutputText(message, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Complete();
        foreach (ResponseStreamEvent e in writer.TakeEvents())
        {
            yield return e;
        }
    }

    private static Response NewResponse(CreateResponseRequest request, int n) => new()
    {
        Id = $"resp_{n}",
        CreatedAt = 1_700_000_000,
        Model = request.Model ?? "scripted",
        Instructions = request.Instructions is { } i ? new ResponseInstructions(i) : null,
        Tools = request.Tools ?? [],
        ToolChoice = ToolChoice.Auto,
        ParallelToolCalls = true,
        Temperature = 1,
        TopP = 1,
        Metadata = new Dictionary<string, string>(),
    };

    private static void Write(ResponseWriter writer, int n)
    {
        int reasoning = writer.BeginReasoning($"rs_{n}");
        writer.AppendReasoningSummary(reasoning, "thinking");
        writer.SetEncryptedContent(reasoning, $"enc_{n}");
        writer.EndItem(reasoning);
        int message = writer.BeginMessage($"msg_{n}");
        writer.AppendOutputText(message, $"answer {n}");
    }

    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
