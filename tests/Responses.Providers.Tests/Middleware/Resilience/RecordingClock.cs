using Microsoft.Extensions.Time.Testing;

namespace Responses.Providers.Tests.Middleware.Resilience;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records every timer the code under test asks for (Polly's back-off delays and
/// attempt timeouts) and, when <see cref="AutoAdvance"/> is on, jumps the clock forward to fire it — no sleeping, and the
/// requested delays can be asserted exactly.
/// </summary>
internal sealed class RecordingClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _timers = [];
    private readonly SemaphoreSlim _timerCreated = new(0);

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Fire each timer as soon as it is created by advancing the clock by its due time.</summary>
    public bool AutoAdvance { get; init; } = true;

    /// <summary>The due times of the timers created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_gate)
            {
                return _timers.ToList();
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public void Advance(TimeSpan by) => Fake.Advance(by);

    /// <summary>Waits (bounded) until a timer has been created since the last wait; returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        if (!await _timerCreated.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("No timer was created.");
        }

        lock (_gate)
        {
            return _timers[^1];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new RecordingTimer(this, Fake.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    // A timer armed later (CancellationTokenSource.CancelAfter, Polly's timeout) is recorded when it is armed.
    private void Armed(TimeSpan dueTime)
    {
        lock (_gate)
        {
            _timers.Add(dueTime);
        }

        _timerCreated.Release();
        if (AutoAdvance)
        {
            _ = Task.Run(() => Fake.Advance(dueTime));
        }
    }

    private sealed class RecordingTimer(RecordingClock clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed = inner.Change(dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                clock.Armed(dueTime);
            }

            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
