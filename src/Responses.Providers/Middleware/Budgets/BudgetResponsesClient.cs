using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Responses.Providers.Middleware.Cost;

namespace Responses.Providers.Middleware.Budgets;

/// <summary>
/// Middleware that enforces spend budgets and rate limits per API key and per end user before anything is sent
/// upstream: when a limit is reached the call fails with <see cref="ResponsesException"/> 429
/// (<c>rate_limit_error</c>, code <see cref="BudgetErrors.RateLimitExceeded"/> or <see cref="BudgetErrors.BudgetExceeded"/>)
/// and <see cref="ResponsesException.RetryAfter"/> set to when the window or budget period resets.
/// </summary>
/// <remarks>
/// Limits come from <see cref="BudgetOptions.LimitsProvider"/> or <see cref="BudgetOptions.Limits"/>; spend from an
/// <see cref="ISpendLedger"/> (the cost middleware's, found with <c>GetService</c> when it sits below). Requests per
/// minute and tokens per minute are counted in this process, in fixed one-minute windows.
/// </remarks>
public sealed class BudgetResponsesClient : DelegatingResponsesClient
{
    private readonly BudgetOptions _options;
    private readonly TimeProvider _time;
    private readonly ISpendLedger? _ledger;
    private readonly ConcurrentDictionary<BudgetSubject, MinuteWindow> _windows = new();

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The rest of the pipeline.</param>
    /// <param name="options">The options.</param>
    /// <param name="ledger">The ledger when neither <see cref="BudgetOptions.Ledger"/> nor the inner pipeline has one.</param>
    public BudgetResponsesClient(IResponsesClient innerClient, BudgetOptions options, ISpendLedger? ledger = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = options.TimeProvider ?? TimeProvider.System;
        _ledger = options.Ledger ?? innerClient.GetService(typeof(ISpendLedger)) as ISpendLedger ?? ledger;
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<(BudgetSubject Subject, BudgetLimits Limits)> limited = await AdmitAsync(request, cancellationToken).ConfigureAwait(false);
        Response response = await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
        CountTokens(limited, response);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<(BudgetSubject Subject, BudgetLimits Limits)> limited = await AdmitAsync(request, cancellationToken).ConfigureAwait(false);
        await foreach (ResponseStreamEvent e in InnerClient.CreateResponseStreamingAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (TerminalEvent.ResponseOf(e) is { } final)
            {
                CountTokens(limited, final);
            }

            yield return e;
        }
    }

    private async Task<List<(BudgetSubject Subject, BudgetLimits Limits)>> AdmitAsync(CreateResponseRequest request, CancellationToken cancellationToken)
    {
        var limited = new List<(BudgetSubject, BudgetLimits)>(2);
        foreach (BudgetSubject subject in SubjectsOf(request))
        {
            BudgetLimits? limits = _options.LimitsProvider is { } provider
                ? await provider.GetLimitsAsync(subject, cancellationToken).ConfigureAwait(false)
                : _options.Limits?.Invoke(subject);
            if (limits is not null)
            {
                limited.Add((subject, limits));
            }
        }

        DateTimeOffset now = _time.GetUtcNow();
        foreach ((BudgetSubject subject, BudgetLimits limits) in limited)
        {
            if (limits.MaxBudget is { } budget)
            {
                await CheckBudgetAsync(subject, limits, budget, now, cancellationToken).ConfigureAwait(false);
            }
        }

        var acquired = new List<MinuteWindow>(limited.Count);
        foreach ((BudgetSubject subject, BudgetLimits limits) in limited)
        {
            MinuteWindow window = _windows.GetOrAdd(subject, static _ => new MinuteWindow());
            if (window.TryAcquire(now, limits, out string? exceeded) is { } wait)
            {
                // A refusal never uses up another subject's quota.
                acquired.ForEach(w => w.Release(now));
                throw BudgetErrors.RateLimited(subject, exceeded!, wait);
            }

            acquired.Add(window);
        }

        return limited;
    }

    private async Task CheckBudgetAsync(BudgetSubject subject, BudgetLimits limits, decimal budget, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ISpendLedger ledger = _ledger ?? throw new InvalidOperationException(
            "A max_budget is configured but no ISpendLedger is available: add UseCost() below UseBudgets(), set BudgetOptions.Ledger, or register an ISpendLedger service.");
        DateTimeOffset? periodStart = null;
        TimeSpan? untilReset = null;
        if (limits.BudgetDuration is { } duration && duration > TimeSpan.Zero)
        {
            DateTimeOffset anchor = limits.BudgetPeriodStart ?? DateTimeOffset.UnixEpoch;
            long periods = (long)Math.Floor((now - anchor).Ticks / (double)duration.Ticks);
            periodStart = anchor + TimeSpan.FromTicks(periods * duration.Ticks);
            untilReset = periodStart.Value + duration - now;
        }

        SpendTotals spent = await ledger.GetSpendAsync(subject.ToSpendSubject(), periodStart, cancellationToken).ConfigureAwait(false);
        if (spent.Cost >= budget)
        {
            throw BudgetErrors.OverBudget(subject, spent.Cost, budget, untilReset);
        }
    }

    private void CountTokens(List<(BudgetSubject Subject, BudgetLimits Limits)> limited, Response response)
    {
        if (response.Usage is not { } usage || limited.Count == 0)
        {
            return;
        }

        long tokens = usage.TotalTokens > 0 ? usage.TotalTokens : usage.InputTokens + usage.OutputTokens;
        DateTimeOffset now = _time.GetUtcNow();
        foreach ((BudgetSubject subject, _) in limited)
        {
            _windows[subject].AddTokens(now, tokens);
        }
    }

    private static IEnumerable<BudgetSubject> SubjectsOf(CreateResponseRequest request)
    {
        if (CallIdentity.ApiKeyId is { } key)
        {
            yield return new BudgetSubject(BudgetSubjectKind.ApiKey, key);
        }

        if (CallIdentity.EndUser(request) is { } user)
        {
            yield return new BudgetSubject(BudgetSubjectKind.EndUser, user);
        }
    }
}
