using Responses.Providers.Middleware.Cost;

namespace Responses.Providers.Middleware.Budgets;

/// <summary>One API key or end user that limits are looked up for.</summary>
/// <param name="Kind">The kind of subject.</param>
/// <param name="Id">The key id or end-user id.</param>
public readonly record struct BudgetSubject(BudgetSubjectKind Kind, string Id)
{
    /// <summary>The same subject in the spend ledger.</summary>
    public SpendSubject ToSpendSubject() =>
        Kind == BudgetSubjectKind.ApiKey ? SpendSubject.ApiKey(Id) : SpendSubject.EndUser(Id);
}
