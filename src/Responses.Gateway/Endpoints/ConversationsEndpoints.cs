using System.Globalization;
using Responses.Gateway.Http;
using Responses.Providers.Middleware.State;

namespace Responses.Gateway.Endpoints;

/// <summary>
/// The Conversations API routes: <c>/conversations</c> (create, retrieve, update metadata, delete) and
/// <c>/conversations/{id}/items</c> (list, add, retrieve, delete), stored in the gateway's response store and owned
/// by the caller's key like responses.
/// </summary>
internal static class ConversationsEndpoints
{
    /// <summary>Maps the Conversations routes under <paramref name="prefix"/> (<c>/v1</c> or empty).</summary>
    public static void MapConversations(this IEndpointRouteBuilder app, string prefix)
    {
        string root = prefix + "/conversations";
        app.MapPost(root, (HttpContext c, GatewayPipelines p, TimeProvider t) => WithBodyAsync<CreateConversationRequest>(c, async (request, ct) =>
            await GatewayJson.WriteAsync(c, 200, await Client(p, t).CreateAsync(request, ct), ct), allowEmpty: true));
        app.MapGet(root + "/{id}", (HttpContext c, string id, GatewayPipelines p, TimeProvider t) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await Client(p, t).GetAsync(id, ct), ct)));
        app.MapPost(root + "/{id}", (HttpContext c, string id, GatewayPipelines p, TimeProvider t) => WithBodyAsync<UpdateConversationRequest>(c, async (request, ct) =>
            await GatewayJson.WriteAsync(c, 200, await Client(p, t).UpdateAsync(id, request, ct), ct)));
        app.MapDelete(root + "/{id}", (HttpContext c, string id, GatewayPipelines p, TimeProvider t) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await Client(p, t).DeleteAsync(id, ct), ct)));
        app.MapGet(root + "/{id}/items", ListItemsAsync);
        app.MapPost(root + "/{id}/items", (HttpContext c, string id, GatewayPipelines p, TimeProvider t) => WithBodyAsync<AddConversationItemsRequest>(c, async (request, ct) =>
            await GatewayJson.WriteAsync(c, 200, await Client(p, t).AddItemsAsync(id, request, ct), ct)));
        app.MapGet(root + "/{id}/items/{itemId}", (HttpContext c, string id, string itemId, GatewayPipelines p, TimeProvider t) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await Client(p, t).GetItemAsync(id, itemId, ct), ct)));
        app.MapDelete(root + "/{id}/items/{itemId}", (HttpContext c, string id, string itemId, GatewayPipelines p, TimeProvider t) =>
            GatewayErrors.RunAsync(c, async ct => await GatewayJson.WriteAsync(c, 200, await Client(p, t).DeleteItemAsync(id, itemId, ct), ct)));
    }

    // Every pipeline shares the gateway's one store; the default pipeline's state middleware hands it out.
    private static ConversationsClient Client(GatewayPipelines pipelines, TimeProvider time) =>
        new(pipelines.Default.GetService<IConversationStore>()
            ?? throw new InvalidOperationException("The gateway's response store does not keep conversations."), time);

    private static async Task ListItemsAsync(HttpContext context, string id, GatewayPipelines pipelines, TimeProvider time)
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

        await GatewayErrors.RunAsync(context, async ct => await GatewayJson.WriteAsync(context, 200, await Client(pipelines, time).ListItemsAsync(id, options, ct), ct));
    }

    /// <summary>Reads the JSON body as <typeparamref name="T"/> (400 in OpenAI's shape when it is not) and runs the handler.</summary>
    private static async Task WithBodyAsync<T>(HttpContext context, Func<T, CancellationToken, Task> handle, bool allowEmpty = false)
        where T : WireObject, new()
    {
        // POST /v1/conversations may come without a body (an empty conversation).
        T? body = allowEmpty && context.Request.ContentLength == 0 ? new T() : await GatewayRequest.ReadJsonAsync<T>(context);
        if (body is null)
        {
            return;
        }

        await GatewayErrors.RunAsync(context, token => handle(body, token));
    }
}
