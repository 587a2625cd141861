namespace Responses.Gateway.Http;

/// <summary>Writes wire objects as JSON response bodies.</summary>
internal static class GatewayJson
{
    /// <summary>Writes <paramref name="value"/> with the source-generated wire metadata.</summary>
    public static async Task WriteAsync<T>(HttpContext context, int status, T value, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ResponsesJson.SerializeToUtf8Bytes(value), ct);
    }
}
