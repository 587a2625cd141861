namespace Responses;

/// <summary>
/// Keeps conversations (the Conversations API) and their items, in order. Every call is scoped by owner: another
/// owner's conversation is reported exactly like a missing one. Conversations do not expire.
/// </summary>
/// <remarks>
/// Implementations are thread-safe and make each call atomic. Every change to a conversation's items (add, delete)
/// increments its <see cref="StoredConversation.Version"/>, which <see cref="AddConversationItemsAsync"/> can check,
/// so two processes appending turns to one conversation cannot interleave unnoticed.
/// </remarks>
public interface IConversationStore
{
    /// <summary>Creates a conversation with its initial items (each with its id).</summary>
    /// <param name="conversation">The conversation (its <see cref="StoredConversation.Version"/> is ignored and starts at 0).</param>
    /// <param name="items">The initial items, in order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the conversation is durable.</returns>
    Task CreateConversationAsync(StoredConversation conversation, IReadOnlyList<StoredInputItem> items, CancellationToken cancellationToken = default);

    /// <summary>Reads a conversation (without its items).</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or <see langword="null"/> when missing or another owner's.</returns>
    Task<StoredConversation?> GetConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Reads a conversation with all of its items, in order, from one consistent snapshot.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot, or <see langword="null"/> when missing or another owner's.</returns>
    Task<ConversationSnapshot?> ReadConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Replaces a conversation's metadata.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="metadata">The new metadata, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated conversation, or <see langword="null"/> when missing or another owner's.</returns>
    Task<StoredConversation?> UpdateConversationMetadataAsync(string owner, string conversationId, IDictionary<string, string>? metadata, CancellationToken cancellationToken = default);

    /// <summary>Deletes a conversation and its items.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when there was no such conversation.</returns>
    Task<bool> DeleteConversationAsync(string owner, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Lists a page of a conversation's items.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="query">The page size, order and starting point.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or <see langword="null"/> when there is no such conversation.</returns>
    Task<InputItemsPage?> ListConversationItemsAsync(string owner, string conversationId, InputItemsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Appends items (each with its id) to a conversation in one atomic write.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="items">The items, in order.</param>
    /// <param name="expectedVersion">
    /// The <see cref="StoredConversation.Version"/> the caller read; the items are appended only when the conversation
    /// still has it. <see langword="null"/> appends unconditionally.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the items were added, and if not why.</returns>
    Task<ConversationAppendResult> AddConversationItemsAsync(string owner, string conversationId, IReadOnlyList<StoredInputItem> items, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one item of a conversation.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="itemId">The item id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, or <see langword="null"/> when the conversation or the item is missing.</returns>
    Task<StoredInputItem?> GetConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one item of a conversation.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="itemId">The item id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the conversation or the item is missing.</returns>
    Task<bool> DeleteConversationItemAsync(string owner, string conversationId, string itemId, CancellationToken cancellationToken = default);
}
