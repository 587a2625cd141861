namespace Responses.Providers;

/// <summary>
/// The base of Responses clients whose backend keeps no responses (translating providers, a chat client): get,
/// stream-again, delete, cancel and input items fail with one clear error, since there is nothing to find (a store
/// middleware in the pipeline serves them instead).
/// </summary>
public abstract class StatelessResponsesClient : IResponsesClient
{
    /// <summary>The kind of provider in error messages, for example <c>Anthropic</c> or <c>chat client</c>.</summary>
    protected abstract string ProviderDisplayName { get; }

    /// <summary>The provider name set on errors; <see cref="ProviderDisplayName"/> unless a derived client knows better.</summary>
    protected virtual string ProviderName => ProviderDisplayName;

    /// <inheritdoc />
    public abstract Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public abstract IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<Response>(Stateless(responseId, 404, "retrieved"));

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        throw Stateless(responseId, 404, "streamed again");

    /// <inheritdoc />
    public Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        Task.FromException<DeleteResponseResult>(Stateless(responseId, 404, "deleted"));

    /// <inheritdoc />
    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        Task.FromException<Response>(Stateless(responseId, 400, "cancelled (there are no background responses)"));

    /// <inheritdoc />
    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<ResponseItemList>(Stateless(responseId, 404, "listed"));

    /// <inheritdoc />
    public abstract object? GetService(Type serviceType, object? serviceKey = null);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the client owns.</summary>
    /// <param name="disposing">Whether this is called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private ResponsesException Stateless(string responseId, int status, string action)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        string provider = ProviderName;
        string message = $"{provider}: response '{responseId}' cannot be {action}: the {ProviderDisplayName} provider is stateless and stores no responses (add a response store to the pipeline).";
        string type = status == 404 ? ResponsesErrorTypes.NotFound : ResponsesErrorTypes.InvalidRequest;
        return new ResponsesException(message, status, new ApiError { Message = message, Type = type, Code = status == 404 ? "not_found" : "stateless_provider" })
        {
            ProviderName = provider,
            IsRetriable = false,
        };
    }
}
