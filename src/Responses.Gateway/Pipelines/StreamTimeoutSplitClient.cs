namespace Responses.Gateway.Pipelines;

/// <summary>
/// A deployment with its own <c>stream_timeout</c>: streams go through a retry layer whose attempt timeout is
/// <c>stream_timeout</c>, everything else through the one with <c>timeout</c>. Both layers wrap the same provider.
/// </summary>
/// <remarks>
/// Only the non-streaming layer is disposed (it disposes the shared provider); the streaming one holds nothing else
/// that needs disposing, and disposing it would dispose the provider twice.
/// </remarks>
internal sealed class StreamTimeoutSplitClient(IResponsesClient nonStreaming, IResponsesClient streaming) : DelegatingResponsesClient(nonStreaming)
{
    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        streaming.CreateResponseStreamingAsync(request, cancellationToken);
}
