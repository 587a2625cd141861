using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>Options of <see cref="LoadBalancingResponsesClient"/>.</summary>
public sealed class LoadBalancingResponsesClientOptions
{
    /// <summary>How a deployment is picked. Default <see cref="LoadBalancingStrategy.WeightedRandom"/>.</summary>
    public LoadBalancingStrategy Strategy { get; set; } = LoadBalancingStrategy.WeightedRandom;

    /// <summary>How many failures within <see cref="FailureWindow"/> a deployment may have; one more cools it down (LiteLLM's <c>allowed_fails</c>). Default 3.</summary>
    public int AllowedFails { get; set; } = 3;

    /// <summary>The window failures are counted in. Default 1 minute.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a cooled-down deployment is skipped (LiteLLM's <c>cooldown_time</c>). Default 5 seconds.</summary>
    public TimeSpan CooldownTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The failure classes that count towards a cooldown. Default <see cref="ResponsesFailureKinds.Transient"/>.</summary>
    public ResponsesFailureKinds CooldownOn { get; set; } = ResponsesFailureKinds.Transient;

    /// <summary>How many response ids are remembered to route <c>previous_response_id</c> and reads by id to the deployment that holds them. Default 10,000.</summary>
    public int StickyCapacity { get; set; } = 10_000;

    /// <summary>The weight of the newest observation in the latency moving average, in (0, 1]. Default 0.3.</summary>
    public double LatencySmoothing { get; set; } = 0.3;

    /// <summary>Whether disposing the load balancer disposes the deployments' clients. Default <see langword="true"/>.</summary>
    public bool DisposeDeployments { get; set; } = true;

    /// <summary>The clock of latencies, windows and cooldowns, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The source of random picks, or <see langword="null"/> for a shared one (set a seeded one for reproducible tests).</summary>
    public Random? Random { get; set; }
}
