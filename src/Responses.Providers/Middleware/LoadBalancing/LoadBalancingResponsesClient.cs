using System.Runtime.CompilerServices;
using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>
/// A client over several deployments of one model name that picks one per call (weighted random, least busy, lowest
/// latency or usage within RPM/TPM limits), cools down deployments that keep failing, and sends
/// <c>previous_response_id</c> and reads by id to the deployment that produced the response.
/// </summary>
/// <remarks>
/// Each call goes to one deployment and its failure is thrown as is (after being counted towards that deployment's
/// cooldown); put <c>.UseRetry()</c> (and <c>.UseFallback(…)</c>) in front to try again, which then picks again and
/// skips deployments that cooled down. When every deployment is cooling down or at its limits the call fails with 429
/// <c>no_deployments_available</c> and a <c>Retry-After</c> of the earliest recovery.
/// </remarks>
public sealed partial class LoadBalancingResponsesClient : IResponsesClient
{
    private readonly object _gate = new();
    private readonly DeploymentState[] _states;
    private readonly LoadBalancingResponsesClientOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ResponseOwnership _owners;

    /// <summary>Initializes the load balancer.</summary>
    /// <param name="deployments">The deployments (at least one, unique ids).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public LoadBalancingResponsesClient(IEnumerable<ResponsesDeployment> deployments, LoadBalancingResponsesClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        _options = options ?? new LoadBalancingResponsesClientOptions();
        _states = deployments.Select(d => new DeploymentState(d)).ToArray();
        if (_states.Length == 0)
        {
            throw new ArgumentException("A load balancer needs at least one deployment.", nameof(deployments));
        }

        if (_states.Select(s => s.Deployment.Id).Distinct(StringComparer.Ordinal).Count() != _states.Length)
        {
            throw new ArgumentException("Deployment ids must be unique.", nameof(deployments));
        }

        _time = _options.TimeProvider ?? TimeProvider.System;
        _random = _options.Random ?? Random.Shared;
        _owners = new ResponseOwnership(_options.StickyCapacity);
    }

    /// <summary>The deployments, in the order given.</summary>
    public IReadOnlyList<ResponsesDeployment> Deployments => _states.Select(s => s.Deployment).ToList();

    /// <summary>The options (read them, do not change them while calls run).</summary>
    public LoadBalancingResponsesClientOptions Options => _options;

    /// <summary>Whether a deployment is cooling down now.</summary>
    /// <param name="deploymentId">The deployment id.</param>
    /// <returns><see langword="true"/> while it is skipped.</returns>
    public bool IsCoolingDown(string deploymentId)
    {
        lock (_gate)
        {
            return State(deploymentId).IsCooledDown(_time.GetUtcNow());
        }
    }

    /// <summary>How many calls a deployment has in flight now.</summary>
    /// <param name="deploymentId">The deployment id.</param>
    /// <returns>The count.</returns>
    public int InFlight(string deploymentId)
    {
        lock (_gate)
        {
            return State(deploymentId).InFlight;
        }
    }

    /// <summary>The deployment that produced a response, if this balancer remembers it.</summary>
    /// <param name="responseId">The response id.</param>
    /// <returns>The deployment id, or <see langword="null"/>.</returns>
    public string? OwnerOf(string responseId) => _owners.Find(responseId)?.Deployment.Id;

    /// <inheritdoc />
    public async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DeploymentState state = Acquire(_owners.Find(request.PreviousResponseId));
        long started = _time.GetTimestamp();
        try
        {
            Response response = await state.Deployment.Client.CreateResponseAsync(Prepare(request, state), cancellationToken).ConfigureAwait(false);
            _owners.Remember(response.Id, state);
            Observe(state, started, response.Usage?.TotalTokens);
            if (response.Status == ResponseStatus.Failed)
            {
                CountFailure(state, ResponsesFailureClassifier.FromStreamFailure(response.Error?.Code, response.Error?.Message));
            }

            return response;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            CountFailure(state, ex);
            throw;
        }
        finally
        {
            Release(state);
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : _states[0].Deployment.Client.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_options.DisposeDeployments)
        {
            foreach (DeploymentState state in _states)
            {
                state.Deployment.Client.Dispose();
            }
        }
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DeploymentState state = Acquire(_owners.Find(request.PreviousResponseId));
        long started = _time.GetTimestamp();
        bool first = true;
        IAsyncEnumerator<ResponseStreamEvent>? events = null;
        try
        {
            events = state.Deployment.Client.CreateResponseStreamingAsync(Prepare(request, state), cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    CountFailure(state, ex);
                    throw;
                }

                ResponseStreamEvent current = events.Current;
                if (first)
                {
                    // Time to first event: what a streaming caller waits for.
                    first = false;
                    Observe(state, started, tokens: null);
                }

                switch (current)
                {
                    case ResponseCreatedEvent created:
                        _owners.Remember(created.Response?.Id, state);
                        break;
                    case ResponseCompletedEvent { Response.Usage: { } usage }:
                        AddTokens(state, usage.TotalTokens);
                        break;
                    case ResponseIncompleteEvent { Response.Usage: { } usage }:
                        AddTokens(state, usage.TotalTokens);
                        break;
                    case ResponseFailedEvent failed:
                        CountFailure(state, ResponsesFailureClassifier.FromStreamFailure(failed.Response?.Error?.Code, failed.Response?.Error?.Message));
                        break;
                }

                yield return current;
            }
        }
        finally
        {
            if (events is not null)
            {
                await events.DisposeAsync().ConfigureAwait(false);
            }

            Release(state);
        }
    }

    private DeploymentState State(string deploymentId) =>
        _states.FirstOrDefault(s => s.Deployment.Id == deploymentId) ?? throw new ArgumentException($"No deployment '{deploymentId}'.", nameof(deploymentId));

    private static CreateResponseRequest Prepare(CreateResponseRequest request, DeploymentState state)
    {
        string? model = state.Deployment.Model;
        ResponsesServedBy.Current?.RecordAttempt(state.Deployment.Id, model ?? request.Model);
        if (model is null || model == request.Model)
        {
            return request;
        }

        CreateResponseRequest copy = request.Clone();
        copy.Model = model;
        return copy;
    }

    /// <summary>Picks a deployment (or takes the sticky one) and counts the call against it.</summary>
    private DeploymentState Acquire(DeploymentState? sticky)
    {
        lock (_gate)
        {
            DateTimeOffset now = _time.GetUtcNow();
            DeploymentState state = sticky ?? Pick(now);
            state.InFlight++;
            state.RecordRequest(now);
            return state;
        }
    }

    private void Release(DeploymentState state)
    {
        lock (_gate)
        {
            state.InFlight--;
        }
    }

    private void Observe(DeploymentState state, long started, long? tokens)
    {
        TimeSpan latency = _time.GetElapsedTime(started);
        lock (_gate)
        {
            state.RecordLatency(latency, _options.LatencySmoothing);
            if (tokens is { } t)
            {
                state.RecordTokens(_time.GetUtcNow(), t);
            }
        }
    }

    private void AddTokens(DeploymentState state, long tokens)
    {
        lock (_gate)
        {
            state.RecordTokens(_time.GetUtcNow(), tokens);
        }
    }

    private void CountFailure(DeploymentState state, Exception failure)
    {
        if ((ResponsesFailureClassifier.Classify(failure) & _options.CooldownOn) == ResponsesFailureKinds.None)
        {
            return;
        }

        lock (_gate)
        {
            state.RecordFailure(_time.GetUtcNow(), _options);
        }
    }
}
