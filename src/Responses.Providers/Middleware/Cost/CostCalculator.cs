namespace Responses.Providers.Middleware.Cost;

/// <summary>Turns token usage and a price into <c>usage.cost</c>.</summary>
public static class CostCalculator
{
    /// <summary>
    /// Computes the cost of a response's usage. Uncached input, cache reads (<c>input_tokens_details.cached_tokens</c>)
    /// and cache writes (<c>input_tokens_details.cache_write_tokens</c>) are priced apart, as are reasoning tokens
    /// (<c>output_tokens_details.reasoning_tokens</c>, part of <c>output_tokens</c>). Above
    /// <see cref="ModelPrice.TierThresholdTokens"/> input tokens the whole request is priced at the
    /// <c>*_above_200k_tokens</c> prices, as Gemini Pro and Claude Sonnet's long context bill it.
    /// </summary>
    /// <param name="usage">The usage.</param>
    /// <param name="price">The model's price.</param>
    /// <returns>The cost, or <see langword="null"/> when the price lacks an input or output price.</returns>
    public static ResponseUsageCost? Compute(ResponseUsage usage, ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(price);
        if (!price.IsComplete)
        {
            return null;
        }

        long input = Math.Max(0, usage.InputTokens);
        long output = Math.Max(0, usage.OutputTokens);
        bool aboveTier = input > ModelPrice.TierThresholdTokens;

        decimal inputPrice = aboveTier ? price.InputCostPerTokenAbove200kTokens ?? price.InputCostPerToken!.Value : price.InputCostPerToken!.Value;
        decimal outputPrice = aboveTier ? price.OutputCostPerTokenAbove200kTokens ?? price.OutputCostPerToken!.Value : price.OutputCostPerToken!.Value;
        decimal readPrice = (aboveTier ? price.CacheReadInputTokenCostAbove200kTokens : null) ?? price.CacheReadInputTokenCost ?? inputPrice;
        decimal writePrice = (aboveTier ? price.CacheCreationInputTokenCostAbove200kTokens : null) ?? price.CacheCreationInputTokenCost ?? inputPrice;
        decimal reasoningPrice = price.OutputCostPerReasoningToken ?? outputPrice;

        // Providers count cache reads and writes inside input_tokens; clamp so bad details never make a negative cost.
        long read = Math.Clamp(usage.InputTokensDetails?.CachedTokens ?? 0, 0, input);
        long written = Math.Clamp(usage.InputTokensDetails?.CacheWriteTokens ?? 0, 0, input - read);
        long uncached = input - read - written;
        long reasoning = Math.Clamp(usage.OutputTokensDetails?.ReasoningTokens ?? 0, 0, output);

        decimal readCost = read * readPrice;
        decimal writeCost = written * writePrice;
        decimal reasoningCost = reasoning * reasoningPrice;
        decimal inputCost = (uncached * inputPrice) + readCost + writeCost;
        decimal outputCost = ((output - reasoning) * outputPrice) + reasoningCost;
        return new ResponseUsageCost
        {
            InputTokensCost = Trim(inputCost),
            OutputTokensCost = Trim(outputCost),
            CacheReadInputTokensCost = read > 0 ? Trim(readCost) : null,
            CacheCreationInputTokensCost = written > 0 ? Trim(writeCost) : null,
            ReasoningTokensCost = reasoning > 0 ? Trim(reasoningCost) : null,
            TotalCost = Trim(inputCost + outputCost),
        };
    }

    // The same value without trailing zeros, so the wire shows 0.003 rather than 0.0030000000.
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;
}
