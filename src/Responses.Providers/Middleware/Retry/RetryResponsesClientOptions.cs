namespace Responses.Providers.Middleware.Retry;

/// <summary>Options of <see cref="RetryResponsesClient"/>.</summary>
public sealed class RetryResponsesClientOptions
{
    /// <summary>How many times a call is tried again after its first attempt (LiteLLM's <c>num_retries</c>); 0 turns retrying off. Default 2.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The first back-off delay; each later one doubles (exponential back-off). Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off delay. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether back-off delays are jittered (decorrelated jitter), so clients that failed together do not retry together. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Whether a provider's <c>Retry-After</c> (<see cref="ResponsesException.RetryAfter"/>) replaces the back-off delay.
    /// Default <see langword="true"/>.
    /// </summary>
    public bool HonorRetryAfter { get; set; } = true;

    /// <summary>
    /// The longest <c>Retry-After</c> that is waited for; a failure asking for longer is not retried but surfaced
    /// at once (so a fallback can act instead of the caller hanging). Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The failure classes that are retried. Default <see cref="ResponsesFailureKinds.Transient"/>. Failures a provider
    /// marks as not retriable (<see cref="ResponsesException.IsRetriable"/> false, e.g. a 429 for an exhausted quota) are never retried.
    /// </summary>
    public ResponsesFailureKinds RetryOn { get; set; } = ResponsesFailureKinds.Transient;

    /// <summary>Decides instead of <see cref="RetryOn"/> whether a failure is retried, or <see langword="null"/>.</summary>
    public Func<Exception, bool>? ShouldRetry { get; set; }

    /// <summary>
    /// A time limit per attempt (LiteLLM's <c>timeout</c>), or <see langword="null"/> for none. For a stream it limits the time
    /// until the stream commits (its first output event); an attempt that runs out fails with
    /// <see cref="ResponsesFailureKinds.Timeout"/> (status 408) and is retried like any timeout.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Whether <c>GET /responses/{id}</c> and <c>input_items</c> reads are retried too (they are idempotent). Default <see langword="true"/>.</summary>
    public bool RetryReads { get; set; } = true;

    /// <summary>The clock back-off delays and the attempt timeout run on, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The source of jitter, or <see langword="null"/> for a shared random source.</summary>
    public Random? Random { get; set; }
}
