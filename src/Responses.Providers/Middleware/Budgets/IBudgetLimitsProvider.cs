namespace Responses.Providers.Middleware.Budgets;

/// <summary>Supplies the limits of an API key or end user (a gateway's virtual keys, a database of customers…).</summary>
public interface IBudgetLimitsProvider
{
    /// <summary>The limits of a subject.</summary>
    /// <param name="subject">The API key or end user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The limits, or <see langword="null"/> when the subject is unlimited.</returns>
    ValueTask<BudgetLimits?> GetLimitsAsync(BudgetSubject subject, CancellationToken cancellationToken = default);
}
