namespace Responses.Providers.Middleware.Budgets;

/// <summary>
/// The limits of one API key or end user, named after LiteLLM's key settings (<c>max_budget</c>,
/// <c>budget_duration</c>, <c>rpm_limit</c>, <c>tpm_limit</c>). Unset limits do not apply.
/// </summary>
public sealed record BudgetLimits
{
    /// <summary><c>max_budget</c>: US dollars that may be spent per <see cref="BudgetDuration"/> (for ever when no duration is set).</summary>
    public decimal? MaxBudget { get; init; }

    /// <summary><c>budget_duration</c>: the period <see cref="MaxBudget"/> resets after (parse LiteLLM's <c>"30d"</c>, <c>"1h"</c> with <see cref="Budgets.BudgetDuration.Parse"/>).</summary>
    public TimeSpan? BudgetDuration { get; init; }

    /// <summary>
    /// Where budget periods are counted from (a key's creation time, say); periods are
    /// <c>[start + n × duration, start + (n+1) × duration)</c>. Default the Unix epoch, so a <c>"1d"</c> budget resets at 00:00 UTC.
    /// </summary>
    public DateTimeOffset? BudgetPeriodStart { get; init; }

    /// <summary><c>rpm_limit</c>: requests per minute (fixed one-minute windows).</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary><c>tpm_limit</c>: tokens (input plus output) per minute; a request is refused once the minute's tokens reach it.</summary>
    public long? TokensPerMinute { get; init; }
}
