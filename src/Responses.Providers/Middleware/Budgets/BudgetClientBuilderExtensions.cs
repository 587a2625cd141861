using Responses.Providers.Middleware.Budgets;
using Responses.Providers.Middleware.Cost;

namespace Responses;

/// <summary>Adds the budgets and rate-limits middleware to a pipeline.</summary>
public static class BudgetClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="BudgetResponsesClient"/>: spend budgets, requests per minute and tokens per minute per API key
    /// and per end user, refused with 429 and Retry-After before anything is sent upstream. Put it outside
    /// <c>UseCost()</c> so it reads the cost middleware's ledger.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the limits and options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseBudgets(this ResponsesClientBuilder builder, Action<BudgetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BudgetOptions();
        configure(options);
        return builder.UseBudgets(options);
    }

    /// <summary>Adds <see cref="BudgetResponsesClient"/> with the given options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseBudgets(this ResponsesClientBuilder builder, BudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.Use((inner, services) => new BudgetResponsesClient(inner, options, services.GetService(typeof(ISpendLedger)) as ISpendLedger));
    }
}
