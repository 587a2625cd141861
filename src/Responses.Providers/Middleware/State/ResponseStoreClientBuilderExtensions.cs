using Responses.Providers.Middleware.State;

namespace Responses;

/// <summary>Adds the state middleware to a pipeline.</summary>
public static class ResponseStoreClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ResponseStoreClient"/>: stored responses, <c>previous_response_id</c>, GET/DELETE/cancel,
    /// input items, background responses and stream resumption over any provider.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="store">The store; <see langword="null"/> to use the <see cref="IResponseStore"/> service, or else a new <see cref="InMemoryResponseStore"/>.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseResponseStore(this ResponsesClientBuilder builder, IResponseStore? store = null, Action<ResponseStoreClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var options = new ResponseStoreClientOptions();
            configure?.Invoke(options);
            IResponseStore resolved = store ?? services.GetService(typeof(IResponseStore)) as IResponseStore ?? new InMemoryResponseStore();
            return new ResponseStoreClient(inner, resolved, options);
        });
    }
}
