namespace Responses;

/// <summary>
/// Builds a pipeline of <see cref="IResponsesClient"/> middleware around a provider client, in the style of
/// Microsoft.Extensions.AI's <c>ChatClientBuilder</c>: the first <c>Use</c> is the outermost layer.
/// </summary>
public sealed class ResponsesClientBuilder
{
    private readonly Func<IServiceProvider, IResponsesClient> _innerClientFactory;
    private readonly List<Func<IResponsesClient, IServiceProvider, IResponsesClient>> _factories = [];

    /// <summary>Initializes a builder around a provider client.</summary>
    /// <param name="innerClient">The innermost client.</param>
    public ResponsesClientBuilder(IResponsesClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        _innerClientFactory = _ => innerClient;
    }

    /// <summary>Initializes a builder around a provider client made from services.</summary>
    /// <param name="innerClientFactory">Makes the innermost client.</param>
    public ResponsesClientBuilder(Func<IServiceProvider, IResponsesClient> innerClientFactory)
    {
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        _innerClientFactory = innerClientFactory;
    }

    /// <summary>Adds a middleware layer; layers added earlier wrap layers added later.</summary>
    /// <param name="clientFactory">Wraps the inner client.</param>
    /// <returns>This builder.</returns>
    public ResponsesClientBuilder Use(Func<IResponsesClient, IResponsesClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        return Use((inner, _) => clientFactory(inner));
    }

    /// <summary>Adds a middleware layer that needs services; layers added earlier wrap layers added later.</summary>
    /// <param name="clientFactory">Wraps the inner client.</param>
    /// <returns>This builder.</returns>
    public ResponsesClientBuilder Use(Func<IResponsesClient, IServiceProvider, IResponsesClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        _factories.Add(clientFactory);
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    /// <param name="services">Services for the factories, or <see langword="null"/> for none.</param>
    /// <returns>The outermost client.</returns>
    public IResponsesClient Build(IServiceProvider? services = null)
    {
        services ??= EmptyServiceProvider.Instance;
        IResponsesClient client = _innerClientFactory(services);
        for (int i = _factories.Count - 1; i >= 0; i--)
        {
            client = _factories[i](client, services) ??
                throw new InvalidOperationException($"The middleware factory at position {i} returned null.");
        }

        return client;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
