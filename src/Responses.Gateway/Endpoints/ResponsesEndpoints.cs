using System.Globalization;
using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary>The Responses API routes: create (JSON and SSE), retrieve, delete, cancel, input items.</summary>
internal static class ResponsesEndpoints
{
    /// <summary>Maps the Responses routes under <paramref name="prefix"/> (<c>/v1</c> or empty).</summary>
    public static void MapResponses(this IEndpointRouteBuilder app, string prefix)
    {
        app.MapPost(prefix + "/responses", CreateAsync);
        app.MapGet(prefix + "/responses/{id}", GetAsync);
        app.MapDelete(prefix + "/responses/{id}", (HttpContext c, string id, GatewayPipelines p) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await p.Default.DeleteResponseAsync(id, ct), ct)));
        app.MapPost(prefix + "/responses/{id}/cancel", (HttpContext c, string id, GatewayPipelines p) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await p.Default.CancelResponseAsync(id, ct), ct)));
        app.MapGet(prefix + "/responses/{id}/input_items", ListInputItemsAsync);
        app.MapPost(prefix + "/responses/input_tokens", InputTokensEndpoint.CountAsync);
    }

    private static async Task CreateAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        if (await GatewayRequest.ReadJsonAsync<CreateResponseRequest>(context) is not { } request
            || !await GatewayLimits.EnsureAsync(context, request, "input")
            || await GatewayRequest.FindModelAsync(context, pipelines, request.Model) is null)
        {
            return;
        }

        GatewayMetrics.SetModel(context, request.Model!); // found above, so not null

        // LiteLLM's end-user tracking: a key's user_id is the request's user unless the caller names one.
        request.User ??= GatewayCaller.Of(context).Key?.UserId;

        // The model_name stays in the request: it picks the model's pipeline and fallbacks, and each deployment puts
        // its provider model in. The middleware below records which deployment served into this tracker.
        using var servedBy = ResponsesServedBy.Track();
        if (request.Stream == true)
        {
            await SseWriter.StreamAsync(context, pipelines.Default.CreateResponseStreamingAsync(request, ct), ct,
                () => GatewayHeaders.AddServedBy(context, servedBy, pipelines));
        }
        else
        {
            await GatewayErrors.RunAsync(context, async token =>
            {
                Response response;
                try
                {
                    response = await pipelines.Default.CreateResponseAsync(request, token);
                }
                finally
                {
                    GatewayHeaders.AddServedBy(context, servedBy, pipelines);
                }

                await GatewayJson.WriteAsync(context, 200, response, token);
            });
        }
    }

    private static async Task GetAsync(HttpContext context, string id, GatewayPipelines pipelines)
    {
        IQueryCollection query = context.Request.Query;
        var options = new GetResponseOptions();
        if (query.TryGetValue("include", out var include) || query.TryGetValue("include[]", out include))
        {
            options.Include = include.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
        }

        if (query["starting_after"] is { Count: > 0 } sa)
        {
            if (!int.TryParse(sa[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int startingAfter))
            {
                await GatewayErrors.WriteAsync(context, 400, "'starting_after' must be an integer.", "invalid_request_error", "starting_after", null);
                return;
            }

            options.StartingAfter = startingAfter;
        }

        if (string.Equals(query["stream"], "true", StringComparison.OrdinalIgnoreCase))
        {
            await SseWriter.StreamAsync(context, pipelines.Default.GetResponseStreamingAsync(id, options, context.RequestAborted), context.RequestAborted);
        }
        else
        {
            await GatewayErrors.RunAsync(context, async ct => await GatewayJson.WriteAsync(context, 200, await pipelines.Default.GetResponseAsync(id, options, ct), ct));
        }
    }

    private static async Task ListInputItemsAsync(HttpContext context, string id, GatewayPipelines pipelines)
    {
        IQueryCollection query = context.Request.Query;
        var options = new ListInputItemsOptions { Order = query["order"], After = query["after"] };
        if (query["limit"] is { Count: > 0 } limit)
        {
            if (!int.TryParse(limit[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                await GatewayErrors.WriteAsync(context, 400, "'limit' must be an integer.", "invalid_request_error", "limit", null);
                return;
            }

            options.Limit = value;
        }

        await GatewayErrors.RunAsync(context, async ct => await GatewayJson.WriteAsync(context, 200, await pipelines.Default.ListInputItemsAsync(id, options, ct), ct));
    }
}
