using System.Runtime.CompilerServices;

namespace Responses.Providers.Middleware.State;

public sealed partial class ResponseStoreClient
{
    /// <inheritdoc />
    public override async Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseId);
        StoredResponse stored = await _store.GetAsync(Owner, responseId, cancellationToken).ConfigureAwait(false)
            ?? throw StateErrors.ResponseNotFound(responseId);
        return stored.Response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseId);
        string owner = Owner;
        int last = options?.StartingAfter ?? -1;
        if (_live.TryGetValue(responseId, out LiveRun? run) && run.Owner == owner)
        {
            // Running here: replay what it has published and follow it to the end.
            await foreach (ResponseStreamEvent streamEvent in run.FollowAsync(last, cancellationToken).ConfigureAwait(false))
            {
                yield return streamEvent;
            }

            yield break;
        }

        StoredResponse stored = await _store.GetAsync(owner, responseId, cancellationToken).ConfigureAwait(false)
            ?? throw StateErrors.ResponseNotFound(responseId);
        if (stored.Request?.Stream != true && stored.Response.Background != true)
        {
            throw StateErrors.BadRequest($"Response with id '{responseId}' was not created with stream=true or background=true, so it has no events to stream.", "stream");
        }

        // Finished, or running in another process that shares the store: read stored events until the end.
        while (true)
        {
            IReadOnlyList<ResponseStreamEvent> events = await _store.ReadEventsAsync(owner, responseId, last, cancellationToken).ConfigureAwait(false);
            foreach (ResponseStreamEvent streamEvent in events)
            {
                last = streamEvent.SequenceNumber;
                yield return streamEvent;
            }

            if (events.Count > 0 && IsTerminal(events[^1]))
            {
                yield break;
            }

            StoredResponse? current = await _store.GetAsync(owner, responseId, cancellationToken).ConfigureAwait(false);
            if (current is null || current.Response.Status is not { IsTerminal: false })
            {
                // Finished (or deleted) while we read: return what was written after our last read.
                foreach (ResponseStreamEvent streamEvent in await _store.ReadEventsAsync(owner, responseId, last, cancellationToken).ConfigureAwait(false))
                {
                    yield return streamEvent;
                }

                yield break;
            }

            await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseId);
        string owner = Owner;
        if (!await _store.DeleteAsync(owner, responseId, cancellationToken).ConfigureAwait(false))
        {
            throw StateErrors.ResponseNotFound(responseId);
        }

        if (_live.TryGetValue(responseId, out LiveRun? run) && run.Owner == owner)
        {
            await run.Cancellation.CancelAsync().ConfigureAwait(false);
        }

        return new DeleteResponseResult { Id = responseId, Deleted = true };
    }

    /// <inheritdoc />
    public override async Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseId);
        string owner = Owner;
        StoredResponse stored = await _store.GetAsync(owner, responseId, cancellationToken).ConfigureAwait(false)
            ?? throw StateErrors.ResponseNotFound(responseId);
        if (stored.Response.Background != true)
        {
            throw StateErrors.BadRequest("Only background responses can be cancelled.", null);
        }

        if (_live.TryGetValue(responseId, out LiveRun? run) && run.Owner == owner)
        {
            // Cancelling the run's token cancels the upstream request; the run then stores status cancelled.
            await run.Cancellation.CancelAsync().ConfigureAwait(false);
            await run.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (stored.Response.Status is { IsTerminal: false })
        {
            // No run here (another process, or it died with its process): mark it cancelled in the store.
            stored.Response.Status = ResponseStatus.Cancelled;
            await _store.UpdateResponseAsync(owner, stored.Response, cancellationToken).ConfigureAwait(false);
        }

        return (await _store.GetAsync(owner, responseId, cancellationToken).ConfigureAwait(false))?.Response
            ?? throw StateErrors.ResponseNotFound(responseId);
    }

    /// <inheritdoc />
    public override async Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseId);
        InputItemsQuery query = InputItemsQuery.From(options);
        InputItemsPage page = await _store.ListInputItemsAsync(Owner, responseId, query, cancellationToken).ConfigureAwait(false)
            ?? throw StateErrors.ResponseNotFound(responseId);
        return page.ToItemList();
    }
}
