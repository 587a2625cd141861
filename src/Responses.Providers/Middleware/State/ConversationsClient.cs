using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.State;

/// <summary>
/// The Conversations API (<c>/v1/conversations</c> and its items) over an <see cref="IConversationStore"/>, in OpenAI's
/// wire objects and errors. Conversations belong to <see cref="ResponsesCallContext.Owner"/>; another owner's
/// conversation is reported exactly like a missing one (404). The gateway serves its routes with this class.
/// </summary>
public sealed class ConversationsClient
{
    /// <summary>The most items one create or add request may carry (as OpenAI).</summary>
    public const int MaxItemsPerRequest = 20;

    /// <summary>The most metadata pairs a conversation may have (as OpenAI).</summary>
    public const int MaxMetadataPairs = 16;

    private readonly IConversationStore _store;
    private readonly TimeProvider _time;

    /// <summary>Initializes the client.</summary>
    /// <param name="store">Where conversations are kept (the same store the state middleware uses).</param>
    /// <param name="timeProvider">The clock, or <see langword="null"/> for the system clock.</param>
    public ConversationsClient(IConversationStore store, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates a conversation with its metadata and initial items.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation.</returns>
    public async Task<Conversation> CreateAsync(CreateConversationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMetadata(request.Metadata);
        List<StoredInputItem> items = ToStored(request.Items ?? []);
        var conversation = new StoredConversation
        {
            Id = ResponseIds.New("conv"),
            Owner = ResponsesCallContext.Owner,
            CreatedAt = _time.GetUtcNow(),
            Metadata = request.Metadata,
        };
        await _store.CreateConversationAsync(conversation, items, cancellationToken).ConfigureAwait(false);
        return conversation.ToConversation();
    }

    /// <summary>Reads a conversation.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="ResponsesException">404 when missing or another owner's.</exception>
    public async Task<Conversation> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        StoredConversation? conversation = await _store.GetConversationAsync(ResponsesCallContext.Owner, conversationId, cancellationToken).ConfigureAwait(false);
        return (conversation ?? throw StateErrors.ConversationNotFound(conversationId, null)).ToConversation();
    }

    /// <summary>Replaces a conversation's metadata.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="request">The new metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated conversation.</returns>
    public async Task<Conversation> UpdateAsync(string conversationId, UpdateConversationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMetadata(request.Metadata);
        StoredConversation? conversation = await _store.UpdateConversationMetadataAsync(ResponsesCallContext.Owner, conversationId, request.Metadata, cancellationToken).ConfigureAwait(false);
        return (conversation ?? throw StateErrors.ConversationNotFound(conversationId, null)).ToConversation();
    }

    /// <summary>Deletes a conversation and its items (responses made in it are kept).</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deletion result.</returns>
    public async Task<DeleteConversationResult> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteConversationAsync(ResponsesCallContext.Owner, conversationId, cancellationToken).ConfigureAwait(false))
        {
            throw StateErrors.ConversationNotFound(conversationId, null);
        }

        return new DeleteConversationResult { Id = conversationId, Deleted = true };
    }

    /// <summary>Lists a page of a conversation's items (<c>limit</c> 1–100, default 20; <c>order</c> default <c>desc</c>; <c>after</c> an item id).</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="options">Paging options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<ResponseItemList> ListItemsAsync(string conversationId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputItemsQuery query = InputItemsQuery.From(options);
        InputItemsPage? page = await _store.ListConversationItemsAsync(ResponsesCallContext.Owner, conversationId, query, cancellationToken).ConfigureAwait(false);
        return (page ?? throw StateErrors.ConversationNotFound(conversationId, null)).ToItemList();
    }

    /// <summary>Appends items to a conversation.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="request">The items (1 to 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The added items, in order, as listed.</returns>
    public async Task<ResponseItemList> AddItemsAsync(string conversationId, AddConversationItemsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Items is not { Count: > 0 })
        {
            throw StateErrors.BadRequest("'items' must contain at least one item.", "items");
        }

        List<StoredInputItem> items = ToStored(request.Items);
        ConversationAppendResult result = await _store.AddConversationItemsAsync(ResponsesCallContext.Owner, conversationId, items, null, cancellationToken).ConfigureAwait(false);
        if (result == ConversationAppendResult.NotFound)
        {
            throw StateErrors.ConversationNotFound(conversationId, null);
        }

        return new InputItemsPage(items, HasMore: false).ToItemList();
    }

    /// <summary>Reads one item of a conversation.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="itemId">The item id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, as listed.</returns>
    public async Task<ResponseItem> GetItemAsync(string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        StoredInputItem? item = await _store.GetConversationItemAsync(ResponsesCallContext.Owner, conversationId, itemId, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
            throw StateErrors.ConversationItemNotFound(itemId);
        }

        return item.ToListedItem();
    }

    /// <summary>Deletes one item of a conversation.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="itemId">The item id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation (as OpenAI returns it).</returns>
    public async Task<Conversation> DeleteItemAsync(string conversationId, string itemId, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteConversationItemAsync(ResponsesCallContext.Owner, conversationId, itemId, cancellationToken).ConfigureAwait(false))
        {
            await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
            throw StateErrors.ConversationItemNotFound(itemId);
        }

        return await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
    }

    private static List<StoredInputItem> ToStored(IList<ResponseItem> items)
    {
        if (items.Count > MaxItemsPerRequest)
        {
            throw StateErrors.BadRequest($"At most {MaxItemsPerRequest} items can be added at a time; got {items.Count}.", "items");
        }

        var stored = new List<StoredInputItem>(items.Count);
        foreach (ResponseItem item in items)
        {
            if (item is ItemReferenceItem)
            {
                // A reference would be replayed to providers unresolved: conversations keep items themselves.
                throw StateErrors.BadRequest("item_reference items cannot be added to a conversation; add the item itself.", "items");
            }

            stored.Add(new StoredInputItem(item.Id ?? ResponseIds.New(item is MessageItem ? "msg" : "item"), item));
        }

        return stored;
    }

    private static void CheckMetadata(IDictionary<string, string>? metadata)
    {
        if (metadata is { Count: > MaxMetadataPairs })
        {
            throw StateErrors.BadRequest($"'metadata' can have at most {MaxMetadataPairs} pairs; got {metadata.Count}.", "metadata");
        }
    }
}
