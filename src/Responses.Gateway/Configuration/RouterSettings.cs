namespace Responses.Gateway.Configuration;

/// <summary>
/// <c>router_settings</c>: parsed and validated at start-up (fallback targets must be configured model names);
/// applied by the retry/fallback/load-balancing middleware of each model name (see docs/gateway.md, "Pipeline").
/// </summary>
internal sealed record RouterSettings
{
    /// <summary>The routing strategies LiteLLM documents.</summary>
    public static readonly IReadOnlyList<string> KnownStrategies =
        ["simple-shuffle", "least-busy", "usage-based-routing", "usage-based-routing-v2", "latency-based-routing", "cost-based-routing"];

    /// <summary><c>routing_strategy</c> (default <c>simple-shuffle</c>).</summary>
    public string RoutingStrategy { get; init; } = "simple-shuffle";

    /// <summary><c>fallbacks</c>: model name → the model names tried after it, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fallbacks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary><c>context_window_fallbacks</c>, same shape.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ContextWindowFallbacks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary><c>content_policy_fallbacks</c>, same shape.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ContentPolicyFallbacks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary><c>default_fallbacks</c>: model names tried after any model.</summary>
    public IReadOnlyList<string> DefaultFallbacks { get; init; } = [];

    /// <summary><c>retry_after</c>: the minimum wait before a retry (seconds in YAML).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary><c>num_retries</c>.</summary>
    public int? NumRetries { get; init; }

    /// <summary><c>timeout</c> (seconds in YAML).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary><c>allowed_fails</c>: failures in a minute before a deployment cools down.</summary>
    public int? AllowedFails { get; init; }

    /// <summary><c>cooldown_time</c> (seconds in YAML).</summary>
    public TimeSpan? CooldownTime { get; init; }
}
