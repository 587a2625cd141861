namespace Responses.Providers.Anthropic;

/// <summary>Settings of <see cref="AnthropicResponsesClient"/>.</summary>
public sealed class AnthropicResponsesClientOptions
{
    /// <summary>Anthropic's public endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.anthropic.com/");

    /// <summary>The API key, sent as <c>x-api-key</c>; <see langword="null"/> for gateways that add it themselves.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The base URL, ending before <c>/v1/messages</c> (for example <c>https://api.anthropic.com/</c>).</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>The <c>anthropic-version</c> header (default <c>2023-06-01</c>).</summary>
    public string ApiVersion { get; set; } = "2023-06-01";

    /// <summary>The model used when a request names none.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>
    /// The <c>max_tokens</c> sent when a request has no <c>max_output_tokens</c> (Anthropic requires one);
    /// <see langword="null"/> (the default) picks it by model family (see <see cref="AnthropicModelDefaults.MaxTokens"/>).
    /// </summary>
    public int? DefaultMaxTokens { get; set; }

    /// <summary>
    /// Prefixes of the model names that take adaptive thinking (<c>thinking: {"type":"adaptive"}</c> with
    /// <c>output_config.effort</c>) instead of a token budget. Defaults to <see cref="AnthropicModelDefaults.AdaptiveThinkingModelPrefixes"/>.
    /// </summary>
    public IList<string> AdaptiveThinkingModelPrefixes { get; } = new List<string>(AnthropicModelDefaults.AdaptiveThinkingModelPrefixes);

    /// <summary>
    /// The thinking budget (<c>budget_tokens</c>) of each <c>reasoning.effort</c> for models with budgeted thinking.
    /// Defaults to <see cref="AnthropicModelDefaults.ThinkingBudgets"/>; change or add entries to tune it.
    /// </summary>
    public IDictionary<string, int> ThinkingBudgets { get; } = new Dictionary<string, int>(AnthropicModelDefaults.ThinkingBudgets, StringComparer.Ordinal);

    /// <summary>Beta features sent in <c>anthropic-beta</c> with every request, on top of those the request needs.</summary>
    public IList<string> Betas { get; } = new List<string>();

    /// <summary>Extra headers sent with every request (they replace headers of the same name).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The provider name reported in metadata and errors (default <c>anthropic</c>).</summary>
    public string ProviderName { get; set; } = "anthropic";
}
