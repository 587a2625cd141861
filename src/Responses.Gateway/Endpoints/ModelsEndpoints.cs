using System.Text.Json;
using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary><c>GET /v1/models</c>: the configured model names (for a virtual key, those it may use).</summary>
internal static class ModelsEndpoints
{
    /// <summary>Maps the models route under <paramref name="prefix"/> (<c>/v1</c> or empty).</summary>
    public static void MapModels(this IEndpointRouteBuilder app, string prefix) => app.MapGet(prefix + "/models", ListAsync);

    private static async Task ListAsync(HttpContext context, GatewayPipelines pipelines)
    {
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        VirtualKey? key = GatewayCaller.Of(context).Key;
        foreach (string name in pipelines.ModelNames.Where(n => key is null || key.AllowsModel(n)))
        {
            writer.WriteStartObject();
            writer.WriteString("id", name);
            writer.WriteString("object", "model");
            writer.WriteNumber("created", 0);
            writer.WriteString("owned_by", "responses-gateway");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
