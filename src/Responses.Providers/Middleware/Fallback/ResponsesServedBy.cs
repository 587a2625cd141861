namespace Responses;

/// <summary>
/// Which deployment and model served a call, and how many retries and fallbacks it took, observed by the
/// caller without touching the response (<c>metadata</c> belongs to the user). The caller starts tracking
/// before the call; the retry, fallback and load-balancing middleware below record into it.
/// </summary>
/// <remarks>
/// The tracker is a mutable object held in an <see cref="AsyncLocal{T}"/>: middleware running below the caller
/// (including inside a stream's enumeration) finds it and writes to it, and the caller reads it afterwards
/// (for a stream: as soon as the first event arrives, since retry and fallback only let events through once
/// the serving deployment is settled). The gateway sets <see cref="HeaderName"/> from it.
/// </remarks>
/// <example>
/// <code>
/// using var servedBy = ResponsesServedBy.Track();
/// Response response = await client.CreateResponseAsync(request);
/// httpResponse.Headers[ResponsesServedBy.HeaderName] = servedBy.HeaderValue;
/// </code>
/// </example>
public sealed class ResponsesServedBy : IDisposable
{
    /// <summary>The response header the gateway reports the serving deployment in.</summary>
    public const string HeaderName = "x-responses-served-by";

    private static readonly AsyncLocal<ResponsesServedBy?> CurrentTracker = new();

    private readonly object _gate = new();
    private readonly List<string> _tried = [];
    private readonly ResponsesServedBy? _previous;
    private bool _disposed;

    private ResponsesServedBy(ResponsesServedBy? previous)
    {
        _previous = previous;
    }

    /// <summary>The tracker of the current async context, or <see langword="null"/> when no caller is tracking.</summary>
    public static ResponsesServedBy? Current => CurrentTracker.Value;

    /// <summary>The deployment (load-balancer deployment id or fallback label) that served, or was last tried.</summary>
    public string? Deployment { get; private set; }

    /// <summary>The model name that was sent to the deployment that served (or was last tried).</summary>
    public string? Model { get; private set; }

    /// <summary>How many times the retry middleware tried again.</summary>
    public int Retries { get; private set; }

    /// <summary>How many times the fallback middleware moved to another target.</summary>
    public int Fallbacks { get; private set; }

    /// <summary>Every deployment tried, in order (with repeats for retries).</summary>
    public IReadOnlyList<string> Tried
    {
        get
        {
            lock (_gate)
            {
                return _tried.ToList();
            }
        }
    }

    /// <summary>The value of <see cref="HeaderName"/>: the deployment, else the model; <see langword="null"/> when nothing was recorded.</summary>
    public string? HeaderValue => Deployment ?? Model;

    /// <summary>Starts tracking for calls made in this async context until the tracker is disposed.</summary>
    /// <returns>The tracker.</returns>
    public static ResponsesServedBy Track()
    {
        var tracker = new ResponsesServedBy(CurrentTracker.Value);
        CurrentTracker.Value = tracker;
        return tracker;
    }

    /// <summary>Records that a deployment is being tried (middleware call this right before calling it).</summary>
    /// <param name="deployment">The deployment id or label, or <see langword="null"/> when unnamed.</param>
    /// <param name="model">The model sent, or <see langword="null"/> when unchanged.</param>
    public void RecordAttempt(string? deployment, string? model)
    {
        lock (_gate)
        {
            if (deployment is not null)
            {
                Deployment = deployment;
                _tried.Add(deployment);
            }

            if (model is not null)
            {
                Model = model;
            }
        }
    }

    /// <summary>Counts one retry.</summary>
    public void RecordRetry()
    {
        lock (_gate)
        {
            Retries++;
        }
    }

    /// <summary>Counts one move to a fallback.</summary>
    public void RecordFallback()
    {
        lock (_gate)
        {
            Fallbacks++;
        }
    }

    /// <summary>Stops tracking and restores the tracker that was current before.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (ReferenceEquals(CurrentTracker.Value, this))
            {
                CurrentTracker.Value = _previous;
            }
        }
    }
}
