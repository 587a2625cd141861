using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary>
/// <c>POST /v1/responses/compact</c> (Open Responses 2026-04-24): passed to the model's (first) deployment when its
/// provider offers an <see cref="IResponseCompactor"/> (OpenAI and other Responses servers). Other providers are
/// refused with 400 (<c>code: unsupported_model</c>) — a summary made by the gateway is not implemented yet — and so
/// is <c>previous_response_id</c>, whose chain is in the gateway's store, not the provider's.
/// </summary>
internal static class CompactEndpoint
{
    /// <summary>Maps the route under a prefix (<c>/v1</c> or none).</summary>
    public static void MapCompact(this IEndpointRouteBuilder app, string prefix) =>
        app.MapPost(prefix + "/responses/compact", CompactAsync);

    private static async Task CompactAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        if (await GatewayRequest.ReadJsonAsync<CompactResponseRequest>(context) is not { } request
            || await GatewayRequest.FindModelAsync(context, pipelines, request.Model) is not { } group)
        {
            return;
        }

        if (request.PreviousResponseId is not null)
        {
            await GatewayErrors.WriteAsync(context, 400, "'previous_response_id' is not supported by compact on this gateway yet: send the items to compact as input.",
                "invalid_request_error", "previous_response_id", "unsupported_parameter");
            return;
        }

        if (group.Core.GetService(typeof(IResponseCompactor)) is not IResponseCompactor compactor)
        {
            await GatewayErrors.WriteAsync(context, 400, $"The model '{request.Model}' does not support compaction on this gateway yet (only OpenAI Responses providers do).",
                "invalid_request_error", "model", "unsupported_model");
            return;
        }

        CompactedResponse compacted;
        try
        {
            compacted = await compactor.CompactAsync(request, ct);
        }
        catch (ResponsesException e)
        {
            await GatewayErrors.WriteAsync(context, e);
            return;
        }

        await GatewayJson.WriteAsync(context, 200, compacted, ct);
    }
}
