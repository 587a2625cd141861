using Responses.Providers.Middleware.Budgets;

namespace Responses.Gateway.Keys;

/// <summary>
/// The budgets middleware's view of the virtual keys: the limits stored by <c>/key/generate</c> (<c>max_budget</c>,
/// <c>budget_duration</c> counted from the key's creation, <c>rpm_limit</c>, <c>tpm_limit</c>) for the API-key subject
/// the gateway sets (<see cref="ResponsesCallContext.ApiKeyId"/> = the key's hash). Used by
/// <c>.UseBudgets(o =&gt; o.LimitsProvider = …)</c> in <see cref="GatewayPipelines"/>.
/// </summary>
internal sealed class VirtualKeyBudgetLimits(IVirtualKeyStore keys) : IBudgetLimitsProvider
{
    /// <inheritdoc />
    public async ValueTask<BudgetLimits?> GetLimitsAsync(BudgetSubject subject, CancellationToken cancellationToken = default)
    {
        if (subject.Kind != BudgetSubjectKind.ApiKey || await keys.GetAsync(subject.Id, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        if (key.MaxBudget is null && key.RpmLimit is null && key.TpmLimit is null)
        {
            return null;
        }

        return new BudgetLimits
        {
            MaxBudget = key.MaxBudget,
            BudgetDuration = key.BudgetDuration is { } duration ? BudgetDuration.Parse(duration) : null,
            BudgetPeriodStart = key.CreatedAt,
            RequestsPerMinute = key.RpmLimit,
            TokensPerMinute = key.TpmLimit,
        };
    }
}
