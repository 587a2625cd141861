namespace Responses;

/// <summary>
/// A client of the Responses API shape: one per provider, and every middleware wraps one. Implementations
/// translate to their provider's wire format and back; callers see OpenAI Responses objects and events.
/// </summary>
/// <remarks>
/// Implementations never mutate the request they are given. Streaming calls end with exactly one terminal
/// event (<c>response.completed</c>, <c>response.failed</c> or <c>response.incomplete</c>); cancelling the
/// enumeration closes the upstream connection.
/// </remarks>
public interface IResponsesClient : IDisposable
{
    /// <summary>Creates a response and waits for it to finish.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response (its status may be <c>failed</c> or <c>incomplete</c>).</returns>
    /// <exception cref="ResponsesException">The request was rejected or the provider failed.</exception>
    Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a response and streams its events.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the stream and closes the upstream connection.</param>
    /// <returns>The events, numbered from 0 by <c>sequence_number</c>.</returns>
    /// <exception cref="ResponsesException">The request was rejected before the stream started.</exception>
    IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a stored response.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="options">Extra query options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Streams the events of a stored (background) response, resuming after a sequence number.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="options">Extra query options (for example <see cref="GetResponseOptions.StartingAfter"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored response.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deletion result.</returns>
    Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a background response.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response in its new state.</returns>
    Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default);

    /// <summary>Lists the input items of a stored response, one page at a time.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="options">Paging options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of items.</returns>
    Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Asks for a service of this client or of a client it wraps (metadata, options, the inner provider…).</summary>
    /// <param name="serviceType">The type of service.</param>
    /// <param name="serviceKey">An optional key.</param>
    /// <returns>The service, or <see langword="null"/>.</returns>
    object? GetService(Type serviceType, object? serviceKey = null);
}
