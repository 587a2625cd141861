using Responses.Providers.Middleware.Cost;

namespace Responses.Providers.Middleware.Budgets;

/// <summary>Options of <see cref="BudgetResponsesClient"/>.</summary>
public sealed class BudgetOptions
{
    /// <summary>The limits of a subject (<see langword="null"/> for none). Used when <see cref="LimitsProvider"/> is not set.</summary>
    public Func<BudgetSubject, BudgetLimits?>? Limits { get; set; }

    /// <summary>Supplies limits asynchronously; wins over <see cref="Limits"/>.</summary>
    public IBudgetLimitsProvider? LimitsProvider { get; set; }

    /// <summary>
    /// Where spend is read for <see cref="BudgetLimits.MaxBudget"/>; <see langword="null"/> to use the ledger of a
    /// cost middleware below (<c>GetService&lt;ISpendLedger&gt;()</c>), else the <see cref="ISpendLedger"/> service.
    /// </summary>
    public ISpendLedger? Ledger { get; set; }

    /// <summary>The clock of rate-limit windows and budget periods, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
