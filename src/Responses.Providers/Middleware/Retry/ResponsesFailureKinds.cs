namespace Responses.Providers.Middleware.Retry;

/// <summary>
/// Classes of failure that retry, fallback and cooldown decide on. One failure may belong to several
/// (a broken connection reported as a 502 is both <see cref="ServerError"/> and <see cref="Connection"/>).
/// </summary>
[Flags]
public enum ResponsesFailureKinds
{
    /// <summary>Not a failure any resilience layer acts on (bad request, authentication, the caller's cancellation…).</summary>
    None = 0,

    /// <summary>429: rate limited (includes an exhausted quota, which <see cref="ResponsesException.IsRetriable"/> marks as not retriable).</summary>
    RateLimit = 1,

    /// <summary>500, 502 and other 5xx that are not <see cref="Overloaded"/> or <see cref="Timeout"/>.</summary>
    ServerError = 2,

    /// <summary>503, Anthropic's 529, or an <c>overloaded_error</c>.</summary>
    Overloaded = 4,

    /// <summary>408, 504, a <c>timeout_error</c>, or the attempt timeout of the retry middleware.</summary>
    Timeout = 8,

    /// <summary>No response: the connection failed or broke (status 0, <see cref="HttpRequestException"/>, <see cref="IOException"/>).</summary>
    Connection = 16,

    /// <summary>The input does not fit the model's context window (<c>context_length_exceeded</c>, Anthropic's "prompt is too long"…).</summary>
    ContextWindowExceeded = 32,

    /// <summary>The request was refused by a content policy (<c>content_policy_violation</c>, Azure's <c>content_filter</c>).</summary>
    ContentPolicy = 64,

    /// <summary>Failures that trying again (or elsewhere) may fix: rate limits, server errors, overload, timeouts, connection failures.</summary>
    Transient = RateLimit | ServerError | Overloaded | Timeout | Connection,

    /// <summary>Every class above.</summary>
    All = Transient | ContextWindowExceeded | ContentPolicy,
}
