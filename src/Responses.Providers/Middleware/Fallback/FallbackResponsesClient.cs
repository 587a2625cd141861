using System.Runtime.CompilerServices;
using System.Text.Json;
using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Middleware.Fallback;

/// <summary>
/// Middleware that moves a failed call to ordered alternatives (other deployments, models or providers) when the
/// failure is of a configured class, and honours a request-level <c>fallbacks</c> list.
/// </summary>
/// <remarks>
/// <para>A stream falls back only before it commits (see <see cref="StreamStart"/>): once an event other than
/// <c>response.created</c>/<c>response.queued</c>/<c>response.in_progress</c> reached the caller, a failure is the
/// serving provider's spec-valid <c>response.failed</c>, never a second stream. When every target fails, the last
/// failure is thrown (or, for a stream whose last target reported <c>response.failed</c> before committing, that
/// failed stream is forwarded).</para>
/// <para>The request's <c>fallbacks</c> field is always removed before the request goes upstream; when
/// <see cref="FallbackResponsesClientOptions.ResolveModel"/> is set its names replace the configured targets for that request.
/// The deployment that served is recorded in <see cref="ResponsesServedBy"/>; <c>response.model</c> is the served model.</para>
/// </remarks>
public sealed class FallbackResponsesClient : DelegatingResponsesClient
{
    private readonly FallbackResponsesClientOptions _options;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The primary client (or the rest of the pipeline).</param>
    /// <param name="options">The options with the fallback targets.</param>
    public FallbackResponsesClient(IResponsesClient innerClient, FallbackResponsesClientOptions options)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The options (read them, do not change them while calls run).</summary>
    public FallbackResponsesClientOptions Options => _options;

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<Route> routes = PlanRoutes(request, out CreateResponseRequest forwarded);
        for (int i = 0; ; i++)
        {
            Route route = routes[i];
            try
            {
                return await route.Client.CreateResponseAsync(route.Prepare(forwarded), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && NextRoute(routes, i, ex) is int next)
            {
                i = next - 1;
            }
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamAsync(request, cancellationToken);
    }

    /// <summary>Whether a failure moves a call to a target under these options.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="target">The target considered.</param>
    /// <returns><see langword="true"/> when the call moves to it.</returns>
    public bool Triggers(Exception failure, FallbackTarget target)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(target);
        return (ResponsesFailureClassifier.Classify(failure) & (target.Triggers ?? _options.FallbackOn)) != ResponsesFailureKinds.None;
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<Route> routes = PlanRoutes(request, out CreateResponseRequest forwarded);
        StreamStart? start = null;
        for (int i = 0; start is null; i++)
        {
            Route route = routes[i];
            CreateResponseRequest prepared = route.Prepare(forwarded);
            try
            {
                start = await StreamStart.OpenAsync(token => route.Client.CreateResponseStreamingAsync(prepared, token), cancellationToken, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && NextRoute(routes, i, ex) is int next)
            {
                i = next - 1;
                continue;
            }

            if (start.Failure is { } failure && NextRoute(routes, i, failure) is int after)
            {
                // Failed before anything reached the caller: walk away from this stream.
                await start.DisposeAsync().ConfigureAwait(false);
                start = null;
                i = after - 1;
            }
        }

        await foreach (ResponseStreamEvent e in start.ForwardAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    // The index of the next route the failure moves to, or null (then the failure stands).
    private int? NextRoute(List<Route> routes, int current, Exception failure)
    {
        for (int i = current + 1; i < routes.Count; i++)
        {
            if (Triggers(failure, routes[i].Target!))
            {
                ResponsesServedBy.Current?.RecordFallback();
                return i;
            }
        }

        return null;
    }

    private List<Route> PlanRoutes(CreateResponseRequest request, out CreateResponseRequest forwarded)
    {
        IList<FallbackTarget> targets = _options.Fallbacks;
        forwarded = request;
        if (request.TryGetAdditionalProperty(FallbackResponsesClientOptions.RequestFallbacksProperty, out JsonElement field))
        {
            // Never sent upstream: OpenAI rejects unknown parameters.
            forwarded = request.Clone();
            forwarded.AdditionalProperties!.Remove(FallbackResponsesClientOptions.RequestFallbacksProperty);
            if (_options.ResolveModel is { } resolve && field.ValueKind == JsonValueKind.Array)
            {
                targets = field.EnumerateArray()
                    .Where(name => name.ValueKind == JsonValueKind.String)
                    .Select(name => name.GetString()!)
                    .Take(_options.MaxRequestFallbacks)
                    .Select(name => resolve(name) is { } client ? new FallbackTarget(client, name) : null)
                    .OfType<FallbackTarget>()
                    .ToList();
            }
        }

        var routes = new List<Route>(targets.Count + 1) { new(InnerClient, null, _options.PrimaryDeployment) };
        routes.AddRange(targets.Select(t => new Route(t.Client, t, t.Deployment)));
        return routes;
    }

    private sealed record Route(IResponsesClient Client, FallbackTarget? Target, string? Deployment)
    {
        public CreateResponseRequest Prepare(CreateResponseRequest request)
        {
            string? model = Target?.Model;
            ResponsesServedBy.Current?.RecordAttempt(Deployment, model ?? request.Model);

            if (model is null || model == request.Model)
            {
                return request;
            }

            CreateResponseRequest copy = request.Clone();
            copy.Model = model;
            return copy;
        }
    }
}
