namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>What the load balancer knows about one deployment: calls in flight, latency, the last minute's requests and tokens, failures and cooldown. Guarded by the balancer's lock.</summary>
internal sealed class DeploymentState(ResponsesDeployment deployment)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _requests = new();
    private readonly Queue<(DateTimeOffset At, long Tokens)> _tokens = new();
    private readonly Queue<DateTimeOffset> _failures = new();
    private long _tokensInWindow;

    public ResponsesDeployment Deployment { get; } = deployment;

    public int InFlight { get; set; }

    /// <summary>The moving average of latency in milliseconds; <see langword="null"/> until measured.</summary>
    public double? LatencyMs { get; set; }

    public DateTimeOffset CooldownUntil { get; set; } = DateTimeOffset.MinValue;

    public bool IsCooledDown(DateTimeOffset now) => now < CooldownUntil;

    public int RequestsInWindow(DateTimeOffset now)
    {
        Expire(now);
        return _requests.Count;
    }

    public long TokensInWindow(DateTimeOffset now)
    {
        Expire(now);
        return _tokensInWindow;
    }

    /// <summary>Whether another request fits the deployment's RPM and TPM limits now.</summary>
    public bool HasCapacity(DateTimeOffset now) =>
        (Deployment.RequestsPerMinute is not { } rpm || RequestsInWindow(now) < rpm) &&
        (Deployment.TokensPerMinute is not { } tpm || TokensInWindow(now) < tpm);

    /// <summary>When the oldest entry of a full window leaves it.</summary>
    public DateTimeOffset CapacityReturnsAt(DateTimeOffset now)
    {
        Expire(now);
        DateTimeOffset at = now;
        if (Deployment.RequestsPerMinute is { } rpm && _requests.Count >= rpm && _requests.Count > 0)
        {
            at = _requests.Peek() + Minute;
        }

        if (Deployment.TokensPerMinute is { } tpm && _tokensInWindow >= tpm && _tokens.Count > 0)
        {
            DateTimeOffset tokensAt = _tokens.Peek().At + Minute;
            at = tokensAt > at ? tokensAt : at;
        }

        return at;
    }

    public void RecordRequest(DateTimeOffset now) => _requests.Enqueue(now);

    public void RecordTokens(DateTimeOffset now, long tokens)
    {
        _tokens.Enqueue((now, tokens));
        _tokensInWindow += tokens;
    }

    public void RecordLatency(TimeSpan latency, double smoothing)
    {
        double ms = latency.TotalMilliseconds;
        LatencyMs = LatencyMs is { } previous ? (smoothing * ms) + ((1 - smoothing) * previous) : ms;
    }

    /// <summary>Counts a failure; returns whether the deployment is now cooled down.</summary>
    public bool RecordFailure(DateTimeOffset now, LoadBalancingResponsesClientOptions options)
    {
        while (_failures.Count > 0 && _failures.Peek() <= now - options.FailureWindow)
        {
            _failures.Dequeue();
        }

        _failures.Enqueue(now);
        if (_failures.Count <= options.AllowedFails)
        {
            return false;
        }

        _failures.Clear();
        CooldownUntil = now + options.CooldownTime;
        return true;
    }

    private void Expire(DateTimeOffset now)
    {
        DateTimeOffset start = now - Minute;
        while (_requests.Count > 0 && _requests.Peek() <= start)
        {
            _requests.Dequeue();
        }

        while (_tokens.Count > 0 && _tokens.Peek().At <= start)
        {
            _tokensInWindow -= _tokens.Dequeue().Tokens;
        }
    }
}
