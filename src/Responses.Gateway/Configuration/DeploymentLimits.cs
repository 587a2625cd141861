namespace Responses.Gateway.Configuration;

/// <summary>
/// The per-deployment values of <c>litellm_params</c> used by routing and retry: parsed and validated now,
/// applied by the deployment's pipeline (see docs/gateway.md, "Pipeline").
/// </summary>
internal sealed record DeploymentLimits
{
    /// <summary><c>rpm</c>: requests per minute this deployment accepts.</summary>
    public int? Rpm { get; init; }

    /// <summary><c>tpm</c>: tokens per minute this deployment accepts.</summary>
    public long? Tpm { get; init; }

    /// <summary><c>weight</c>: relative share in simple-shuffle load balancing.</summary>
    public double? Weight { get; init; }

    /// <summary><c>timeout</c>: the request timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary><c>stream_timeout</c>: the timeout of streaming requests.</summary>
    public TimeSpan? StreamTimeout { get; init; }

    /// <summary><c>max_retries</c>: retries of this deployment.</summary>
    public int? MaxRetries { get; init; }
}
