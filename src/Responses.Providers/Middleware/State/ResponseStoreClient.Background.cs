using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.State;

public sealed partial class ResponseStoreClient
{
    /// <summary>Stores a <c>queued</c> response, starts producing it in the background, and returns it at once.</summary>
    private async Task<Response> StartBackgroundAsync(CreateResponseRequest request, CancellationToken cancellationToken)
    {
        ValidateConversation(request);
        if (request.Store == false)
        {
            throw StateErrors.BadRequest("Background responses must be stored: background=true needs store=true.", "store");
        }

        PreparedRequest prepared = await PrepareAsync(request, streaming: true, cancellationToken).ConfigureAwait(false);
        string id = ResponseIds.New("resp");
        Response queued = NewQueuedResponse(request, id);
        await _store.SaveAsync(prepared.ToRecord(queued, _time.GetUtcNow(), _options.TimeToLive), cancellationToken).ConfigureAwait(false);

        var run = new LiveRun(id, prepared.Owner);
        _live[id] = run;
        // Not tied to the caller's token: the response outlives the call; CancelResponseAsync stops it.
        run.Completion = Task.Run(() => RunBackgroundAsync(run, request, prepared, queued), CancellationToken.None);
        return ResponsesJson.Deserialize<Response>(ResponsesJson.Serialize(queued))!;
    }

    private async Task RunBackgroundAsync(LiveRun run, CreateResponseRequest request, PreparedRequest prepared, Response queued)
    {
        var recorder = new EventRecorder(this, prepared, run, queued);
        using var watching = new CancellationTokenSource();
        Task watcher = WatchForRemoteCancelAsync(run, watching.Token);
        try
        {
            await foreach (ResponseStreamEvent streamEvent in InnerClient.CreateResponseStreamingAsync(prepared.ProviderRequest, run.Cancellation.Token).ConfigureAwait(false))
            {
                if (ResponseOf(streamEvent) is { } response)
                {
                    // The provider names the response itself; callers know it by the id returned when queued.
                    Echo(response, request, run.Id, stored: true);
                }

                await recorder.RecordAsync(streamEvent, CancellationToken.None).ConfigureAwait(false);
            }

            await recorder.FinishAsync(ResponseStatus.Failed, new ResponseError { Code = "server_error", Message = "The provider's stream ended before the response finished." }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.Cancellation.IsCancellationRequested)
        {
            await recorder.FinishAsync(ResponseStatus.Cancelled, null).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            string code = ex is ResponsesException { ErrorCode: { } errorCode } ? errorCode : "server_error";
            await recorder.FinishAsync(ResponseStatus.Failed, new ResponseError { Code = code, Message = ex.Message }).ConfigureAwait(false);
        }
        finally
        {
            await watching.CancelAsync().ConfigureAwait(false);
            await watcher.ConfigureAwait(false);
            run.Complete();
            _live.TryRemove(new KeyValuePair<string, LiveRun>(run.Id, run));
        }
    }

    /// <summary>
    /// Stops the run when another process sharing the store cancelled or deleted the response (that process has
    /// no handle on this run; the store is the only thing both see).
    /// </summary>
    private async Task WatchForRemoteCancelAsync(LiveRun run, CancellationToken stop)
    {
        if (_options.CancelCheckInterval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        try
        {
            while (!stop.IsCancellationRequested && !run.Cancellation.IsCancellationRequested)
            {
                await Task.Delay(_options.CancelCheckInterval, _time, stop).ConfigureAwait(false);
                StoredResponse? stored;
                try
                {
                    stored = await _store.GetAsync(run.Owner, run.Id, stop).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    continue; // a failed check is retried at the next interval; it must not end the run
                }

                if (stored is null || stored.Response.Status == ResponseStatus.Cancelled)
                {
                    await run.Cancellation.CancelAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended first.
        }
    }

    private Response NewQueuedResponse(CreateResponseRequest request, string id) => new()
    {
        Id = id,
        CreatedAt = _time.GetUtcNow().ToUnixTimeSeconds(),
        Status = ResponseStatus.Queued,
        Model = request.Model,
        Instructions = request.Instructions is { } instructions ? new ResponseInstructions(instructions) : null,
        Metadata = request.Metadata ?? new Dictionary<string, string>(),
        Tools = request.Tools ?? [],
        ToolChoice = request.ToolChoice ?? ToolChoice.Auto,
        ParallelToolCalls = request.ParallelToolCalls ?? true,
        Temperature = request.Temperature ?? 1,
        TopP = request.TopP ?? 1,
        MaxOutputTokens = request.MaxOutputTokens,
        PreviousResponseId = request.PreviousResponseId,
        Background = true,
        Text = request.Text,
        Reasoning = request.Reasoning,
        Truncation = request.Truncation,
        User = request.User,
        SafetyIdentifier = request.SafetyIdentifier,
        PromptCacheKey = request.PromptCacheKey,
        ServiceTier = request.ServiceTier,
    };
}
