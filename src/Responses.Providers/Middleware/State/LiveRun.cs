namespace Responses.Providers.Middleware.State;

/// <summary>
/// A response being produced in this process: its events so far (for followers that resume a stream) and,
/// for background responses, the task and the cancellation that stops the upstream request.
/// </summary>
// The CancellationTokenSource has no timer, so it is left to the GC rather than disposed while a late
// Cancel/Delete may still reach it.
#pragma warning disable CA1001
internal sealed class LiveRun(string id, string owner)
#pragma warning restore CA1001
{
    private readonly List<ResponseStreamEvent> _events = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _completed;

    public string Id { get; } = id;

    public string Owner { get; } = owner;

    public CancellationTokenSource Cancellation { get; } = new();

    public Task Completion { get; set; } = Task.CompletedTask;

    public void Publish(ResponseStreamEvent streamEvent)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _events.Add(streamEvent);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public void Complete()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _completed = true;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    /// <summary>The events after a sequence number: those already published, then live ones until the run ends.</summary>
    public async IAsyncEnumerable<ResponseStreamEvent> FollowAsync(int startingAfter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int next = 0;
        while (true)
        {
            List<ResponseStreamEvent> batch = [];
            Task changed;
            bool completed;
            lock (_lock)
            {
                for (; next < _events.Count; next++)
                {
                    if (_events[next].SequenceNumber > startingAfter)
                    {
                        batch.Add(_events[next]);
                    }
                }

                changed = _changed.Task;
                completed = _completed;
            }

            foreach (ResponseStreamEvent streamEvent in batch)
            {
                yield return streamEvent;
            }

            if (completed)
            {
                yield break;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
