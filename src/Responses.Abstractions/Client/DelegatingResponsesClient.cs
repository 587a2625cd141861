namespace Responses;

/// <summary>
/// A client that passes every call to an inner client; derive from it to build middleware that changes
/// only what it cares about.
/// </summary>
public class DelegatingResponsesClient : IResponsesClient
{
    /// <summary>Initializes the client around an inner client.</summary>
    /// <param name="innerClient">The client calls are passed to.</param>
    protected DelegatingResponsesClient(IResponsesClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        InnerClient = innerClient;
    }

    /// <summary>The client calls are passed to.</summary>
    protected IResponsesClient InnerClient { get; }

    /// <inheritdoc />
    public virtual Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        InnerClient.CreateResponseAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        InnerClient.CreateResponseStreamingAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        InnerClient.GetResponseAsync(responseId, options, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        InnerClient.GetResponseStreamingAsync(responseId, options, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        InnerClient.DeleteResponseAsync(responseId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        InnerClient.CancelResponseAsync(responseId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) =>
        InnerClient.ListInputItemsAsync(responseId, options, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Returns this client when it is of the asked type (and no key is given); otherwise asks the inner client.</remarks>
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : InnerClient.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the inner client.</summary>
    /// <param name="disposing">Whether this is called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            InnerClient.Dispose();
        }
    }
}
