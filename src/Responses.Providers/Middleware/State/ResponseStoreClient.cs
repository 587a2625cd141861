using System.Collections.Concurrent;
using Responses.Providers.Middleware.Mcp;
using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.State;

/// <summary>
/// Middleware that gives any provider OpenAI's stateful Responses semantics from an <see cref="IResponseStore"/>:
/// <c>store</c>, <c>previous_response_id</c>, <c>conversation</c>, <c>item_reference</c>, GET / DELETE / input_items / cancel,
/// background responses and stream resumption. The provider below always receives a self-contained request
/// (the conversation rebuilt from the chain, no <c>previous_response_id</c>).
/// </summary>
/// <remarks>
/// Responses are scoped by <see cref="ResponsesCallContext.Owner"/>. A stored response is durable before
/// <see cref="CreateResponseAsync"/> returns and before its terminal stream event is yielded, so a follow-up
/// sent at once always finds it.
/// </remarks>
public sealed partial class ResponseStoreClient : DelegatingResponsesClient
{
    private readonly IResponseStore _store;
    private readonly IConversationStore? _conversations;
    private readonly ConversationLocks _conversationLocks = new();
    private readonly ResponseStoreClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, LiveRun> _live = new(StringComparer.Ordinal);
    private long _lastCleanupTicks;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The provider (or the rest of the pipeline).</param>
    /// <param name="store">Where responses are kept.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public ResponseStoreClient(IResponsesClient innerClient, IResponseStore store, ResponseStoreClientOptions? options = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new ResponseStoreClientOptions();
        _time = _options.TimeProvider ?? TimeProvider.System;
        _conversations = _options.ConversationStore ?? store as IConversationStore;
        _lastCleanupTicks = _time.GetUtcNow().UtcTicks;
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Background == true)
        {
            return await StartBackgroundAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await using IAsyncDisposable? conversationLock = await EnterConversationAsync(request, cancellationToken).ConfigureAwait(false);
        PreparedRequest prepared = await PrepareAsync(request, streaming: false, cancellationToken).ConfigureAwait(false);
        Response response = await InnerClient.CreateResponseAsync(prepared.ProviderRequest, cancellationToken).ConfigureAwait(false);
        Echo(response, request, response.Id!, prepared.Store);
        // The conversation first: a conflict (409) leaves neither the items nor a stored response claiming them.
        await AppendToConversationAsync(prepared, response, cancellationToken).ConfigureAwait(false);
        if (prepared.Store)
        {
            // Saved before returning: read-your-writes for a follow-up sent at once.
            await _store.SaveAsync(prepared.ToRecord(response, _time.GetUtcNow(), _options.TimeToLive), cancellationToken).ConfigureAwait(false);
            await CleanupIfDueAsync().ConfigureAwait(false);
        }

        return response;
    }

    /// <inheritdoc />
    /// <remarks>Returns the store itself for <see cref="IResponseStore"/>, and the conversation store for <see cref="IConversationStore"/>.</remarks>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(IResponseStore))
        {
            return _store;
        }

        return serviceKey is null && serviceType == typeof(IConversationStore) && _conversations is not null ? _conversations : base.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (LiveRun run in _live.Values)
            {
                run.Cancellation.Cancel();
            }
        }

        base.Dispose(disposing);
    }

    private static string Owner => ResponsesCallContext.Owner;

    /// <summary>Resolves <c>previous_response_id</c> and <c>item_reference</c> items into a self-contained provider request.</summary>
    private async Task<PreparedRequest> PrepareAsync(CreateResponseRequest request, bool streaming, CancellationToken cancellationToken)
    {
        string owner = Owner;
        IList<ResponseItem> newItems = request.Input?.ToItems() ?? [];
        List<ResponseItem> history = [];
        Dictionary<string, ResponseItem> known = new(StringComparer.Ordinal);
        ConversationSnapshot? conversation = await LoadConversationAsync(owner, request, cancellationToken).ConfigureAwait(false);
        foreach (StoredInputItem item in conversation?.Items ?? [])
        {
            history.Add(item.Item);
            known[item.Id] = item.Item;
        }

        if (request.PreviousResponseId is { } previousId)
        {
            foreach (StoredResponse ancestor in await LoadChainAsync(owner, previousId, cancellationToken).ConfigureAwait(false))
            {
                foreach (StoredInputItem input in ancestor.InputItems)
                {
                    history.Add(input.Item);
                    known[input.Id] = input.Item;
                }

                foreach (ResponseItem output in ancestor.Response.Output)
                {
                    history.Add(output);
                    if (output.Id is { } id)
                    {
                        known[id] = output;
                    }
                }
            }
        }

        bool referenced = false;
        var resolved = new List<ResponseItem>(newItems.Count);
        foreach (ResponseItem item in newItems)
        {
            if (item is ItemReferenceItem reference)
            {
                // The chain (already loaded) first, then any stored response of this owner.
                string id = reference.Id ?? throw StateErrors.BadRequest("An item_reference needs an id.", "input");
                ResponseItem? target = known.GetValueOrDefault(id)
                    ?? await _store.FindItemAsync(owner, id, cancellationToken).ConfigureAwait(false);
                resolved.Add(target ?? throw StateErrors.ItemNotFound(id));
                referenced = true;
            }
            else
            {
                resolved.Add(item);
            }
        }

        CreateResponseRequest providerRequest = request.Clone();
        if (history.Count > 0 || referenced)
        {
            providerRequest.Input = new ResponseInput([.. history, .. resolved]);
        }

        if (request.PreviousResponseId is not null)
        {
            providerRequest.PreviousResponseId = null;
        }

        if (request.Background is not null)
        {
            providerRequest.Background = null;
        }

        if (request.Conversation is not null)
        {
            // The middleware owns the conversation: the provider gets its items in the input.
            providerRequest.Conversation = null;
        }

        if (_options.UpstreamStore is { } upstreamStore)
        {
            providerRequest.Store = upstreamStore;
        }

        CreateResponseRequest settings = request.Clone();
        settings.Input = null;
        settings.Tools = McpSecrets.Redact(settings.Tools); // mcp authorization and headers are never stored in clear
        settings.Stream = streaming ? true : request.Stream;

        var inputItems = new List<StoredInputItem>(resolved.Count);
        foreach (ResponseItem item in resolved)
        {
            inputItems.Add(new StoredInputItem(item.Id ?? ResponseIds.New(item is MessageItem ? "msg" : "item"), item));
        }

        return new PreparedRequest(owner, request.Store ?? true, providerRequest, settings, inputItems, request.PreviousResponseId,
            conversation?.Conversation.Id, conversation?.Conversation.Version ?? 0);
    }

    /// <summary>The chain ending at <paramref name="previousId"/>, oldest first.</summary>
    private async Task<List<StoredResponse>> LoadChainAsync(string owner, string previousId, CancellationToken cancellationToken)
    {
        var chain = new List<StoredResponse>();
        string? id = previousId;
        while (id is not null)
        {
            if (chain.Count >= _options.MaxChainLength)
            {
                throw StateErrors.BadRequest($"The previous_response_id chain is longer than {_options.MaxChainLength} responses.", "previous_response_id");
            }

            StoredResponse ancestor = await _store.GetAsync(owner, id, cancellationToken).ConfigureAwait(false)
                ?? throw StateErrors.PreviousResponseNotFound(id);
            if (ancestor.Response.Status is { IsTerminal: false })
            {
                throw StateErrors.BadRequest($"Previous response with id '{id}' is still {ancestor.Response.Status}; wait until it finishes.", "previous_response_id");
            }

            chain.Add(ancestor);
            id = ancestor.PreviousResponseId;
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Makes the provider's response read as the caller's request asked: its id, chain link, background flag and
    /// whether it is stored (the provider was asked not to store, so its echo says <c>false</c>).
    /// </summary>
    private static void Echo(Response response, CreateResponseRequest request, string id, bool stored)
    {
        response.Id = id;
        response.Store = stored;
        if (request.PreviousResponseId is { } previous)
        {
            response.PreviousResponseId = previous;
        }

        if (request.Background == true)
        {
            response.Background = true;
        }

        if (request.Conversation?.Id is { } conversationId)
        {
            response.Conversation = ConversationReference.FromObject(conversationId);
        }
    }

    private static Response? ResponseOf(ResponseStreamEvent streamEvent) => streamEvent switch
    {
        ResponseCreatedEvent e => e.Response,
        ResponseInProgressEvent e => e.Response,
        ResponseCompletedEvent e => e.Response,
        ResponseFailedEvent e => e.Response,
        ResponseIncompleteEvent e => e.Response,
        ResponseQueuedEvent e => e.Response,
        _ => null,
    };

    private static bool IsTerminal(ResponseStreamEvent streamEvent) =>
        streamEvent is ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent;

    private async Task CleanupIfDueAsync()
    {
        long now = _time.GetUtcNow().UtcTicks;
        long last = Interlocked.Read(ref _lastCleanupTicks);
        if (now - last < _options.CleanupInterval.Ticks || Interlocked.CompareExchange(ref _lastCleanupTicks, now, last) != last)
        {
            return;
        }

        await _store.PurgeAsync(_time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
    }
}
