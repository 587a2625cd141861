using Microsoft.Extensions.Logging;

namespace Responses.Providers.Middleware.Cost;

/// <summary>Options of <see cref="CostResponsesClient"/>.</summary>
public sealed class CostClientOptions
{
    /// <summary>The price table. Default <see cref="ModelPriceTable.Default"/>, the maintained built-in table.</summary>
    public ModelPriceTable Prices { get; set; } = ModelPriceTable.Default;

    /// <summary>
    /// Prices that win over <see cref="Prices"/>, by model id (<c>gpt-4o</c>, <c>openai/gpt-4o</c>, or a gateway's
    /// model alias). A price sets only what it names: unset fields keep the table's value for the same model. Build
    /// them from LiteLLM <c>model_info</c> with <see cref="ModelPrice.FromModelInfo"/>.
    /// </summary>
    public IDictionary<string, ModelPrice> PriceOverrides { get; } = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A price for every response of this pipeline, whatever model it names: how a gateway applies one deployment's
    /// LiteLLM <c>model_info</c> (<see cref="ModelPrice.FromModelInfo"/>) to the pipeline serving it. It wins over
    /// <see cref="PriceOverrides"/> and the table, and like them sets only what it names.
    /// </summary>
    public ModelPrice? PipelinePrice { get; set; }

    /// <summary>Where spend is counted; <see langword="null"/> to use the <see cref="ISpendLedger"/> service, else a new <see cref="InMemorySpendLedger"/>.</summary>
    public ISpendLedger? Ledger { get; set; }

    /// <summary>Whether <c>usage.cost</c> is added to responses and terminal stream events. Default <see langword="true"/>.</summary>
    public bool AddCostToUsage { get; set; } = true;

    /// <summary>Logs the once-per-model "unknown price" warning; <see langword="null"/> to use the <see cref="ILoggerFactory"/> service.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock that timestamps spend, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
