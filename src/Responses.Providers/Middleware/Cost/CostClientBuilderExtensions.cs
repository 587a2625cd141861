using Microsoft.Extensions.Logging;
using Responses.Providers.Middleware.Cost;

namespace Responses;

/// <summary>Adds the cost middleware to a pipeline.</summary>
public static class CostClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="CostResponsesClient"/>: <c>usage.cost</c> on responses and terminal stream events, and spend
    /// per model, API key and end user in an <see cref="ISpendLedger"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The ledger is <see cref="CostClientOptions.Ledger"/>, else the <see cref="ISpendLedger"/> service, else a new
    /// <see cref="InMemorySpendLedger"/>. Register one <see cref="ISpendLedger"/> singleton when budgets sit in
    /// another pipeline or above a layer that hides this one.
    /// </remarks>
    public static ResponsesClientBuilder UseCost(this ResponsesClientBuilder builder, Action<CostClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var options = new CostClientOptions();
            configure?.Invoke(options);
            return new CostResponsesClient(
                inner,
                options,
                services.GetService(typeof(ISpendLedger)) as ISpendLedger,
                services.GetService(typeof(ILoggerFactory)) as ILoggerFactory);
        });
    }

    /// <summary>Adds <see cref="CostResponsesClient"/> with the given options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseCost(this ResponsesClientBuilder builder, CostClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.Use((inner, services) => new CostResponsesClient(
            inner,
            options,
            services.GetService(typeof(ISpendLedger)) as ISpendLedger,
            services.GetService(typeof(ILoggerFactory)) as ILoggerFactory));
    }
}
