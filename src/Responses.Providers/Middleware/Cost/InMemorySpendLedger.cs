using System.Collections.Concurrent;

namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// An <see cref="ISpendLedger"/> in process memory: all-time totals per subject plus one-minute buckets for the
/// last <see cref="Retention"/>, so period queries (budgets) resolve to the minute. Lost on restart and not shared
/// between processes; use a database-backed ledger for that.
/// </summary>
public sealed class InMemorySpendLedger : ISpendLedger
{
    private static readonly long BucketTicks = TimeSpan.TicksPerMinute;

    private readonly ConcurrentDictionary<SpendSubject, Account> _accounts = new();
    private readonly TimeProvider _time;

    /// <summary>Initializes a ledger.</summary>
    /// <param name="retention">How far back period queries can reach. Default 31 days (a monthly budget).</param>
    /// <param name="timeProvider">The clock used to drop old buckets, or <see langword="null"/> for the system clock.</param>
    public InMemorySpendLedger(TimeSpan? retention = null, TimeProvider? timeProvider = null)
    {
        Retention = retention ?? TimeSpan.FromDays(31);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Retention, TimeSpan.Zero);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How far back period queries can reach; older spend counts only in all-time totals.</summary>
    public TimeSpan Retention { get; }

    /// <inheritdoc />
    public ValueTask RecordAsync(SpendRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        long bucket = record.Timestamp.UtcTicks / BucketTicks;
        long oldest = (_time.GetUtcNow().UtcTicks - Retention.Ticks) / BucketTicks;
        foreach (SpendSubject subject in record.Subjects())
        {
            Account account = _accounts.GetOrAdd(subject, static _ => new Account());
            lock (account)
            {
                account.Total = account.Total.Add(record);
                account.Buckets[bucket] = account.Buckets.GetValueOrDefault(bucket).Add(record);
                account.Prune(oldest);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<SpendTotals> GetSpendAsync(SpendSubject subject, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        if (!_accounts.TryGetValue(subject, out Account? account))
        {
            return ValueTask.FromResult(default(SpendTotals));
        }

        lock (account)
        {
            if (since is null)
            {
                return ValueTask.FromResult(account.Total);
            }

            // A bucket counts when it starts at or after 'since': exact for periods on whole minutes.
            long first = (since.Value.UtcTicks + BucketTicks - 1) / BucketTicks;
            SpendTotals sum = default;
            foreach ((long bucket, SpendTotals totals) in account.Buckets)
            {
                if (bucket >= first)
                {
                    sum = sum.Add(totals);
                }
            }

            return ValueTask.FromResult(sum);
        }
    }

    /// <summary>All-time totals of every subject seen (for reports and admin endpoints).</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyDictionary<SpendSubject, SpendTotals> GetAllTotals()
    {
        var snapshot = new Dictionary<SpendSubject, SpendTotals>();
        foreach ((SpendSubject subject, Account account) in _accounts)
        {
            lock (account)
            {
                snapshot[subject] = account.Total;
            }
        }

        return snapshot;
    }

    private sealed class Account
    {
        public SpendTotals Total;

        public SortedDictionary<long, SpendTotals> Buckets { get; } = [];

        public void Prune(long oldest)
        {
            while (Buckets.Count > 0 && Buckets.First() is { Key: var key } && key < oldest)
            {
                Buckets.Remove(key);
            }
        }
    }
}
