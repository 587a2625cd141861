namespace Responses;

/// <summary>
/// Keeps stored responses for the state middleware: the response, the input items of its request, its
/// settings, its owner and its stream events. Every read and delete is scoped by owner: a response of
/// another owner is reported exactly like a missing one. Expired responses are never returned, even before
/// <see cref="PurgeAsync"/> removes them.
/// </summary>
/// <remarks>
/// Implementations are thread-safe and make each call atomic (a reader sees a response with all of its
/// input items or not at all). A completed call is durable: a read that starts after it returns sees it.
/// </remarks>
public interface IResponseStore
{
    /// <summary>Stores a response with its input items and settings, replacing any response with the same id and owner.</summary>
    /// <param name="response">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    Task SaveAsync(StoredResponse response, CancellationToken cancellationToken = default);

    /// <summary>Replaces the response object (status, output…) of a stored response, leaving its input items alone.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="response">The response; its id selects the record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no such response exists (deleted, expired, or another owner's).</returns>
    Task<bool> UpdateResponseAsync(string owner, Response response, CancellationToken cancellationToken = default);

    /// <summary>Reads a stored response with its input items.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when missing, expired, or another owner's.</returns>
    Task<StoredResponse?> GetAsync(string owner, string responseId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored response, its input items and its events.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when there was no such response.</returns>
    Task<bool> DeleteAsync(string owner, string responseId, CancellationToken cancellationToken = default);

    /// <summary>Lists a page of the input items of a stored response.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="responseId">The response id.</param>
    /// <param name="query">The page size, order and starting point.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or <see langword="null"/> when there is no such response.</returns>
    Task<InputItemsPage?> ListInputItemsAsync(string owner, string responseId, InputItemsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Finds an item by id among the input and output items of the owner's stored responses (for <c>item_reference</c>).</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="itemId">The item id (an input item's listing id, or an output item's id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item as stored, or <see langword="null"/> when no live response of this owner has it.</returns>
    Task<ResponseItem?> FindItemAsync(string owner, string itemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends stream events of a stored response (each keeps its <c>sequence_number</c>; an event already stored
    /// is ignored) and, when <paramref name="response"/> is given, replaces the response in the same atomic write,
    /// so a reader never sees a terminal event before the final response (or the reverse).
    /// </summary>
    /// <param name="owner">The owner.</param>
    /// <param name="responseId">The response id.</param>
    /// <param name="events">The events, in order.</param>
    /// <param name="response">The response's new state, or <see langword="null"/> to leave it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the events are durable.</returns>
    Task AppendEventsAsync(string owner, string responseId, IReadOnlyList<ResponseStreamEvent> events, Response? response = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the stored events of a response whose <c>sequence_number</c> is greater than <paramref name="startingAfter"/>, in order.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="responseId">The response id.</param>
    /// <param name="startingAfter">The last sequence number the reader has; -1 for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events (empty when none, or when there is no such response).</returns>
    Task<IReadOnlyList<ResponseStreamEvent>> ReadEventsAsync(string owner, string responseId, int startingAfter, CancellationToken cancellationToken = default);

    /// <summary>Retention cleanup: deletes expired responses, then the oldest ones beyond the store's size limit.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many responses were deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
