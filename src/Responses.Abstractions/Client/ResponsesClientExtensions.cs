namespace Responses;

/// <summary>Conveniences over <see cref="IResponsesClient"/>.</summary>
public static class ResponsesClientExtensions
{
    /// <summary>Asks the client (or a client it wraps) for a service of type <typeparamref name="TService"/>.</summary>
    /// <typeparam name="TService">The service type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="serviceKey">An optional key.</param>
    /// <returns>The service, or <see langword="null"/>.</returns>
    public static TService? GetService<TService>(this IResponsesClient client, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetService(typeof(TService), serviceKey) is TService service ? service : default;
    }

    /// <summary>Creates a response to a single user message.</summary>
    /// <param name="client">The client.</param>
    /// <param name="model">The model.</param>
    /// <param name="input">The user's text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    public static Task<Response> CreateResponseAsync(this IResponsesClient client, string model, string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.CreateResponseAsync(new CreateResponseRequest { Model = model, Input = input }, cancellationToken);
    }

    /// <summary>Streams a response to a single user message.</summary>
    /// <param name="client">The client.</param>
    /// <param name="model">The model.</param>
    /// <param name="input">The user's text.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The events.</returns>
    public static IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(this IResponsesClient client, string model, string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = model, Input = input }, cancellationToken);
    }

    /// <summary>Creates a builder whose innermost client is <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The provider client.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder AsBuilder(this IResponsesClient innerClient) => new(innerClient);
}
