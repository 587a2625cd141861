using System.Runtime.CompilerServices;

namespace Responses.Abstractions.Tests.Client;

/// <summary>An in-memory client that records calls, for pipeline tests.</summary>
internal sealed class RecordingResponsesClient(string name = "inner") : IResponsesClient
{
    public List<string> Calls { get; } = [];

    public bool Disposed { get; private set; }

    public ResponsesClientMetadata Metadata { get; } = new(name, new Uri("http://127.0.0.1/v1/"), "m1");

    public Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"create:{request.Model}");
        return Task.FromResult(new Response { Id = "resp_1", Model = request.Model });
    }

    public async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls.Add($"stream:{request.Model}");
        await Task.Yield();
        yield return new ResponseCreatedEvent { Response = new Response { Id = "resp_1" } };
    }

    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"get:{responseId}");
        return Task.FromResult(new Response { Id = responseId });
    }

    public async IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls.Add($"getstream:{responseId}:{options?.StartingAfter}");
        await Task.Yield();
        yield break;
    }

    public Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        Calls.Add($"delete:{responseId}");
        return Task.FromResult(new DeleteResponseResult { Id = responseId, Deleted = true });
    }

    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        Calls.Add($"cancel:{responseId}");
        return Task.FromResult(new Response { Id = responseId, Status = ResponseStatus.Cancelled });
    }

    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"items:{responseId}:{options?.Limit}");
        return Task.FromResult(new ResponseItemList());
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ResponsesClientMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() => Disposed = true;
}
