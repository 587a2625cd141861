using System.Runtime.CompilerServices;

namespace Responses.Providers.Middleware.State;

public sealed partial class ResponseStoreClient
{
    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Background == true)
        {
            // A background stream is a background response followed live: the caller may leave and come back.
            Response queued = await StartBackgroundAsync(request, cancellationToken).ConfigureAwait(false);
            await foreach (ResponseStreamEvent streamEvent in GetResponseStreamingAsync(queued.Id!, null, cancellationToken).ConfigureAwait(false))
            {
                yield return streamEvent;
            }

            yield break;
        }

        // Held until the stream ends: responses on one conversation are serialized.
        await using IAsyncDisposable? conversationLock = await EnterConversationAsync(request, cancellationToken).ConfigureAwait(false);
        PreparedRequest prepared = await PrepareAsync(request, streaming: true, cancellationToken).ConfigureAwait(false);
        if (!prepared.Store)
        {
            await foreach (ResponseStreamEvent streamEvent in InnerClient.CreateResponseStreamingAsync(prepared.ProviderRequest, cancellationToken).ConfigureAwait(false))
            {
                if (ResponseOf(streamEvent) is { Id: { } id } response)
                {
                    Echo(response, request, id, prepared.Store);
                    if (IsTerminal(streamEvent))
                    {
                        // In the conversation before the caller sees the end: a follow-up sent at once finds the turn.
                        await AppendToConversationAsync(prepared, response, cancellationToken).ConfigureAwait(false);
                    }
                }

                yield return streamEvent;
            }

            yield break;
        }

        var recorder = new EventRecorder(this, prepared);
        try
        {
            await foreach (ResponseStreamEvent streamEvent in InnerClient.CreateResponseStreamingAsync(prepared.ProviderRequest, cancellationToken).ConfigureAwait(false))
            {
                if (ResponseOf(streamEvent) is { Id: { } id } response)
                {
                    Echo(response, request, id, prepared.Store);
                    if (IsTerminal(streamEvent))
                    {
                        await AppendOrFailAsync(recorder, prepared, response, cancellationToken).ConfigureAwait(false);
                    }
                }

                // Durable (the terminal event with the final response) before the caller sees it.
                await recorder.RecordAsync(streamEvent, cancellationToken).ConfigureAwait(false);
                yield return streamEvent;
            }
        }
        finally
        {
            // The caller stopped early or the stream broke: keep what was seen and close the record.
            await recorder.FinishAsync(ResponseStatus.Cancelled, null).ConfigureAwait(false);
        }
    }

    /// <summary>Appends a finished streamed response to its conversation; when that fails the record says so (failed) before the error surfaces.</summary>
    private async Task AppendOrFailAsync(EventRecorder recorder, PreparedRequest prepared, Response response, CancellationToken cancellationToken)
    {
        try
        {
            await AppendToConversationAsync(prepared, response, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesException e)
        {
            await recorder.FinishAsync(ResponseStatus.Failed, new ResponseError { Code = e.ErrorCode ?? "server_error", Message = e.Message }).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Records the events of one response as they pass: the record at the first event, events in batches, the final response.</summary>
    private sealed class EventRecorder(ResponseStoreClient owner, PreparedRequest prepared, LiveRun? run = null, Response? latest = null)
    {
        private readonly List<ResponseStreamEvent> _buffer = [];
        private LiveRun? _run = run;
        private Response? _latest = latest;
        private bool _saved = run is not null;
        private bool _finished;

        public Response? Latest => _latest;

        public async Task RecordAsync(ResponseStreamEvent streamEvent, CancellationToken cancellationToken)
        {
            Response? response = ResponseOf(streamEvent);
            if (response is not null)
            {
                _latest = response;
            }

            if (!_saved && response is not null)
            {
                await owner._store.SaveAsync(prepared.ToRecord(response, owner._time.GetUtcNow(), owner._options.TimeToLive), cancellationToken).ConfigureAwait(false);
                _saved = true;
                _run = new LiveRun(response.Id!, prepared.Owner);
                owner._live[_run.Id] = _run;
            }

            _buffer.Add(streamEvent);
            if (IsTerminal(streamEvent))
            {
                // The terminal event and the final response in one atomic write: no reader sees one without the other.
                await FlushAsync(response, cancellationToken).ConfigureAwait(false);
                _finished = true;
            }
            else if (response is not null || _buffer.Count >= owner._options.EventBatchSize)
            {
                await FlushAsync(response, cancellationToken).ConfigureAwait(false);
            }

            _run?.Publish(streamEvent);
            if (_finished)
            {
                EndRun();
            }
        }

        /// <summary>Closes a record whose stream ended without a terminal event, with the given status.</summary>
        public async Task FinishAsync(ResponseStatus status, ResponseError? error)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            try
            {
                if (_saved && _latest is not null)
                {
                    _latest.Status = status;
                    _latest.Error = error;
                    await FlushAsync(_latest, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                EndRun();
            }
        }

        private async Task FlushAsync(Response? response, CancellationToken cancellationToken)
        {
            if ((_buffer.Count > 0 || response is not null) && _saved)
            {
                await owner._store.AppendEventsAsync(prepared.Owner, _latest!.Id!, [.. _buffer], response, cancellationToken).ConfigureAwait(false);
                _buffer.Clear();
            }
        }

        private void EndRun()
        {
            if (_run is { } run)
            {
                run.Complete();
                owner._live.TryRemove(new KeyValuePair<string, LiveRun>(run.Id, run));
            }
        }
    }
}
