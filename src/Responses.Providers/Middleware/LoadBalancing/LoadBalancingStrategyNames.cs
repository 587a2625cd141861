namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>LiteLLM's <c>routing_strategy</c> names for <see cref="LoadBalancingStrategy"/>, for configuration readers such as the gateway.</summary>
public static class LoadBalancingStrategyNames
{
    /// <summary>LiteLLM's name of <see cref="LoadBalancingStrategy.WeightedRandom"/>.</summary>
    public const string SimpleShuffle = "simple-shuffle";

    /// <summary>LiteLLM's name of <see cref="LoadBalancingStrategy.LeastBusy"/>.</summary>
    public const string LeastBusy = "least-busy";

    /// <summary>LiteLLM's name of <see cref="LoadBalancingStrategy.LowestLatency"/>.</summary>
    public const string LatencyBased = "latency-based-routing";

    /// <summary>LiteLLM's name of <see cref="LoadBalancingStrategy.UsageBased"/> (<c>usage-based-routing-v2</c> is accepted too).</summary>
    public const string UsageBased = "usage-based-routing";

    /// <summary>Reads a LiteLLM <c>routing_strategy</c> name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>least-busy</c>.</param>
    /// <param name="strategy">The strategy when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out LoadBalancingStrategy strategy)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case SimpleShuffle:
                strategy = LoadBalancingStrategy.WeightedRandom;
                return true;
            case LeastBusy:
                strategy = LoadBalancingStrategy.LeastBusy;
                return true;
            case LatencyBased:
                strategy = LoadBalancingStrategy.LowestLatency;
                return true;
            case UsageBased or "usage-based-routing-v2":
                strategy = LoadBalancingStrategy.UsageBased;
                return true;
            default:
                strategy = default;
                return false;
        }
    }
}
