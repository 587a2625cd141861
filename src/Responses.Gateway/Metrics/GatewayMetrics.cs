using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http.Features;

namespace Responses.Gateway;

/// <summary>
/// The gateway's meter (<c>Responses.Gateway</c>): requests answered, by route, model and status code, and the
/// server-sent event streams being written. Exported on <c>/metrics</c> as <c>responses_gateway_requests_total</c>
/// and <c>responses_gateway_active_streams</c>.
/// </summary>
internal sealed class GatewayMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Responses.Gateway";

    private static readonly object ModelKey = new();
    private readonly Counter<long> _requests;
    private readonly UpDownCounter<long> _activeStreams;

    /// <summary>Creates the instruments on a meter of the factory (disposed with it).</summary>
    public GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("responses.gateway.requests", "{request}", "Requests answered by the gateway, by route, model and status code.");
        _activeStreams = meter.CreateUpDownCounter<long>("responses.gateway.active_streams", "{stream}", "Server-sent event streams the gateway is writing.");
    }

    /// <summary>
    /// Names the configured model a request was for (its <c>model_name</c>; only known names, so the label stays bounded).
    /// </summary>
    public static void SetModel(HttpContext context, string modelName)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ModelKey] = modelName;
    }

    /// <summary>The middleware: counts each request once, when its status is sent, and tracks open event streams.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        bool counted = false;
        bool streaming = false;

        // Counted when the headers go out (before the client can see the answer), so a scrape right after a reply sees it.
        context.Response.OnStarting(() =>
        {
            Count(context, context.Response.StatusCode, ref counted);
            if (context.Response.ContentType?.StartsWith("text/event-stream", StringComparison.Ordinal) == true)
            {
                streaming = true;
                _activeStreams.Add(1, new KeyValuePair<string, object?>("route", Route(context)));
            }

            return Task.CompletedTask;
        });

        try
        {
            await next(context);
        }
        catch when (!context.Response.HasStarted)
        {
            Count(context, StatusCodes.Status500InternalServerError, ref counted);
            throw;
        }
        finally
        {
            if (streaming)
            {
                _activeStreams.Add(-1, new KeyValuePair<string, object?>("route", Route(context)));
            }
        }
    }

    private void Count(HttpContext context, int status, ref bool counted)
    {
        if (counted)
        {
            return;
        }

        counted = true;
        var tags = new TagList
        {
            { "route", Route(context) },
            { "model", context.Items.TryGetValue(ModelKey, out object? model) ? model : string.Empty },
            { "status_code", status },
        };
        _requests.Add(1, tags);
    }

    // The route template (bounded), never the raw path.
    private static string Route(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && !pattern.StartsWith("{*", StringComparison.Ordinal)
            ? pattern
            : "unmatched";
}
