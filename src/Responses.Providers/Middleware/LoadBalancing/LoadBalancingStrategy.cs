namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>How a <see cref="LoadBalancingResponsesClient"/> picks a deployment (LiteLLM's <c>routing_strategy</c>).</summary>
public enum LoadBalancingStrategy
{
    /// <summary>Random, in proportion to <see cref="ResponsesDeployment.Weight"/> (LiteLLM <c>simple-shuffle</c>).</summary>
    WeightedRandom,

    /// <summary>The deployment with the fewest calls in flight (LiteLLM <c>least-busy</c>).</summary>
    LeastBusy,

    /// <summary>The deployment with the lowest moving average of latency (time to first event for streams); untried deployments first (LiteLLM <c>latency-based-routing</c>).</summary>
    LowestLatency,

    /// <summary>The deployment with the fewest tokens used in the last minute among those under their RPM/TPM limits (LiteLLM <c>usage-based-routing</c>).</summary>
    UsageBased,
}
