using System.Globalization;
using System.Text.Json;

namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// The price of one model in US dollars per token, named after LiteLLM's <c>model_info</c> keys
/// (<c>input_cost_per_token</c>, <c>cache_read_input_token_cost</c>, …) so a gateway's configuration maps onto it
/// one to one. A <see langword="null"/> price means "not set": cache reads and writes then cost the input price,
/// reasoning the output price, and the above-200k prices the normal ones.
/// </summary>
public sealed record ModelPrice
{
    /// <summary>The prompt size (input tokens, cache reads and writes included) above which the <c>*_above_200k_tokens</c> prices apply to the whole request.</summary>
    public const long TierThresholdTokens = 200_000;

    /// <summary><c>input_cost_per_token</c>: an uncached input token.</summary>
    public decimal? InputCostPerToken { get; init; }

    /// <summary><c>output_cost_per_token</c>: an output token.</summary>
    public decimal? OutputCostPerToken { get; init; }

    /// <summary><c>cache_read_input_token_cost</c>: an input token read from the prompt cache.</summary>
    public decimal? CacheReadInputTokenCost { get; init; }

    /// <summary><c>cache_creation_input_token_cost</c>: an input token written to the prompt cache.</summary>
    public decimal? CacheCreationInputTokenCost { get; init; }

    /// <summary><c>output_cost_per_reasoning_token</c>: a reasoning (thinking) token, when priced apart from output.</summary>
    public decimal? OutputCostPerReasoningToken { get; init; }

    /// <summary><c>input_cost_per_token_above_200k_tokens</c>.</summary>
    public decimal? InputCostPerTokenAbove200kTokens { get; init; }

    /// <summary><c>output_cost_per_token_above_200k_tokens</c>.</summary>
    public decimal? OutputCostPerTokenAbove200kTokens { get; init; }

    /// <summary><c>cache_read_input_token_cost_above_200k_tokens</c>.</summary>
    public decimal? CacheReadInputTokenCostAbove200kTokens { get; init; }

    /// <summary><c>cache_creation_input_token_cost_above_200k_tokens</c>.</summary>
    public decimal? CacheCreationInputTokenCostAbove200kTokens { get; init; }

    /// <summary>Whether the input and output prices are both known, so a cost can be computed.</summary>
    public bool IsComplete => InputCostPerToken is not null && OutputCostPerToken is not null;

    /// <summary>Returns this price with every price <paramref name="overrides"/> sets replacing this one's.</summary>
    /// <param name="overrides">The prices that win.</param>
    /// <returns>The merged price.</returns>
    public ModelPrice With(ModelPrice overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return new ModelPrice
        {
            InputCostPerToken = overrides.InputCostPerToken ?? InputCostPerToken,
            OutputCostPerToken = overrides.OutputCostPerToken ?? OutputCostPerToken,
            CacheReadInputTokenCost = overrides.CacheReadInputTokenCost ?? CacheReadInputTokenCost,
            CacheCreationInputTokenCost = overrides.CacheCreationInputTokenCost ?? CacheCreationInputTokenCost,
            OutputCostPerReasoningToken = overrides.OutputCostPerReasoningToken ?? OutputCostPerReasoningToken,
            InputCostPerTokenAbove200kTokens = overrides.InputCostPerTokenAbove200kTokens ?? InputCostPerTokenAbove200kTokens,
            OutputCostPerTokenAbove200kTokens = overrides.OutputCostPerTokenAbove200kTokens ?? OutputCostPerTokenAbove200kTokens,
            CacheReadInputTokenCostAbove200kTokens = overrides.CacheReadInputTokenCostAbove200kTokens ?? CacheReadInputTokenCostAbove200kTokens,
            CacheCreationInputTokenCostAbove200kTokens = overrides.CacheCreationInputTokenCostAbove200kTokens ?? CacheCreationInputTokenCostAbove200kTokens,
        };
    }

    /// <summary>
    /// Reads the price keys of a LiteLLM <c>model_info</c> map (values as numbers, numeric strings such as
    /// <c>"2.5e-06"</c>, or <see cref="JsonElement"/>s); other keys are ignored.
    /// </summary>
    /// <param name="modelInfo">The <c>model_info</c> entries.</param>
    /// <returns>The price, or <see langword="null"/> when no price key is present.</returns>
    /// <exception cref="FormatException">A price key holds something that is not a number.</exception>
    public static ModelPrice? FromModelInfo(IEnumerable<KeyValuePair<string, object?>> modelInfo)
    {
        ArgumentNullException.ThrowIfNull(modelInfo);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach ((string key, object? value) in modelInfo)
        {
            if (IsPriceKey(key) && value is not null)
            {
                values[key] = ToDecimal(key, value);
            }
        }

        return values.Count == 0 ? null : FromValues(values);
    }

    /// <summary>Reads a JSON object with LiteLLM price keys (the format of the built-in price table).</summary>
    /// <param name="entry">The object.</param>
    /// <returns>The price, or <see langword="null"/> when no price key is present.</returns>
    public static ModelPrice? FromJson(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return FromModelInfo(entry.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));
    }

    private static readonly string[] PriceKeys =
    [
        "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost", "cache_creation_input_token_cost",
        "output_cost_per_reasoning_token", "input_cost_per_token_above_200k_tokens", "output_cost_per_token_above_200k_tokens",
        "cache_read_input_token_cost_above_200k_tokens", "cache_creation_input_token_cost_above_200k_tokens",
    ];

    private static bool IsPriceKey(string key) => Array.IndexOf(PriceKeys, key) >= 0;

    private static ModelPrice FromValues(Dictionary<string, decimal> v)
    {
        decimal? Get(string key) => v.TryGetValue(key, out decimal d) ? d : null;
        return new ModelPrice
        {
            InputCostPerToken = Get("input_cost_per_token"),
            OutputCostPerToken = Get("output_cost_per_token"),
            CacheReadInputTokenCost = Get("cache_read_input_token_cost"),
            CacheCreationInputTokenCost = Get("cache_creation_input_token_cost"),
            OutputCostPerReasoningToken = Get("output_cost_per_reasoning_token"),
            InputCostPerTokenAbove200kTokens = Get("input_cost_per_token_above_200k_tokens"),
            OutputCostPerTokenAbove200kTokens = Get("output_cost_per_token_above_200k_tokens"),
            CacheReadInputTokenCostAbove200kTokens = Get("cache_read_input_token_cost_above_200k_tokens"),
            CacheCreationInputTokenCostAbove200kTokens = Get("cache_creation_input_token_cost_above_200k_tokens"),
        };
    }

    private static decimal ToDecimal(string key, object value)
    {
        switch (value)
        {
            case decimal d:
                return d;
            case double or float or int or long or short or byte or uint or ulong:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case JsonElement { ValueKind: JsonValueKind.Number } number:
                return number.TryGetDecimal(out decimal n) ? n : (decimal)number.GetDouble();
            case JsonElement { ValueKind: JsonValueKind.String } text:
                return Parse(key, text.GetString());
            case string s:
                return Parse(key, s);
            default:
                throw new FormatException($"model_info.{key} must be a number; got {value}.");
        }
    }

    private static decimal Parse(string key, string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d)
            ? d
            : throw new FormatException($"model_info.{key} must be a number; got '{text}'.");
}
