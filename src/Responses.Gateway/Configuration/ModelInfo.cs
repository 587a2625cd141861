namespace Responses.Gateway.Configuration;

/// <summary>
/// A deployment's <c>model_info</c>. Prices (any <c>*cost*</c> key, USD) are parsed and validated as numbers and kept
/// by their LiteLLM names for the cost middleware (the deployment's pipeline price); other keys are kept as text.
/// </summary>
internal sealed record ModelInfo
{
    /// <summary><c>id</c>: the deployment id.</summary>
    public string? Id { get; init; }

    /// <summary><c>mode</c>, for example <c>chat</c> or <c>responses</c>.</summary>
    public string? Mode { get; init; }

    /// <summary><c>base_model</c>: the model whose price table entry applies.</summary>
    public string? BaseModel { get; init; }

    /// <summary><c>max_tokens</c>, <c>max_input_tokens</c>, <c>max_output_tokens</c> by name.</summary>
    public IReadOnlyDictionary<string, long> TokenLimits { get; init; } = new Dictionary<string, long>();

    /// <summary>Prices by LiteLLM key (<c>input_cost_per_token</c>, <c>output_cost_per_token</c>, <c>cache_read_input_token_cost</c>…).</summary>
    public IReadOnlyDictionary<string, decimal> Prices { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Other keys, as text.</summary>
    public IReadOnlyDictionary<string, string?> Other { get; init; } = new Dictionary<string, string?>();

    /// <summary>USD per input token, when configured.</summary>
    public decimal? InputCostPerToken => Prices.TryGetValue("input_cost_per_token", out decimal v) ? v : null;

    /// <summary>USD per output token, when configured.</summary>
    public decimal? OutputCostPerToken => Prices.TryGetValue("output_cost_per_token", out decimal v) ? v : null;
}
