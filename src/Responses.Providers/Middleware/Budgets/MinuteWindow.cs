namespace Responses.Providers.Middleware.Budgets;

/// <summary>
/// Requests and tokens of one subject in the current fixed one-minute window. Hand-rolled rather than
/// System.Threading.RateLimiting because those limiters replenish on their own timers and cannot be driven by a
/// <see cref="TimeProvider"/>, and TPM needs tokens counted after the response, which a permit lease cannot express.
/// </summary>
internal sealed class MinuteWindow
{
    private long _window = long.MinValue;
    private int _requests;
    private long _tokens;

    /// <summary>
    /// Checks the limits in the window holding <paramref name="now"/> and, when they allow it, counts the request in
    /// the same step (so concurrent callers cannot both take the last slot). Returns the wait when a limit is reached.
    /// </summary>
    public TimeSpan? TryAcquire(DateTimeOffset now, BudgetLimits limits, out string? exceeded)
    {
        lock (this)
        {
            Roll(now);
            exceeded = limits.RequestsPerMinute is { } rpm && _requests >= rpm ? "requests per minute"
                : limits.TokensPerMinute is { } tpm && _tokens >= tpm ? "tokens per minute"
                : null;
            if (exceeded is not null)
            {
                return TimeSpan.FromTicks(((_window + 1) * TimeSpan.TicksPerMinute) - now.UtcTicks);
            }

            _requests++;
            return null;
        }
    }

    /// <summary>Gives back a request counted by <see cref="TryAcquire"/> when another subject refused the call.</summary>
    public void Release(DateTimeOffset acquiredAt)
    {
        lock (this)
        {
            if (acquiredAt.UtcTicks / TimeSpan.TicksPerMinute == _window && _requests > 0)
            {
                _requests--;
            }
        }
    }

    /// <summary>Counts the tokens of a finished response in the window it finished in.</summary>
    public void AddTokens(DateTimeOffset now, long tokens)
    {
        lock (this)
        {
            Roll(now);
            _tokens += tokens;
        }
    }

    private void Roll(DateTimeOffset now)
    {
        long window = now.UtcTicks / TimeSpan.TicksPerMinute;
        if (window != _window)
        {
            _window = window;
            _requests = 0;
            _tokens = 0;
        }
    }
}
