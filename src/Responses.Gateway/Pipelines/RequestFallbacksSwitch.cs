using Responses.Providers.Middleware.Fallback;

namespace Responses.Gateway.Pipelines;

/// <summary>
/// For a model name without configured fallbacks: a create call carrying the request-level <c>fallbacks</c> field goes
/// through the fallback middleware (which honours and strips it); any other call goes straight to the core, so its
/// stream is forwarded event by event.
/// </summary>
internal sealed class RequestFallbacksSwitch(IResponsesClient core, IResponsesClient withFallbacks) : DelegatingResponsesClient(withFallbacks)
{
    /// <inheritdoc />
    public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        (AsksForFallbacks(request) ? InnerClient : core).CreateResponseAsync(request, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        (AsksForFallbacks(request) ? InnerClient : core).CreateResponseStreamingAsync(request, cancellationToken);

    private static bool AsksForFallbacks(CreateResponseRequest request) =>
        request.TryGetAdditionalProperty(FallbackResponsesClientOptions.RequestFallbacksProperty, out _);
}
