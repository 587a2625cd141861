using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Responses.Gateway.Pipelines;

namespace Responses.Gateway.Http;

/// <summary>
/// The first steps every endpoint with a JSON body takes, written once: read the body (400 naming the field when it is
/// not valid), and for model-addressed routes find the model (400 missing, 404 unknown) and check the caller's key may
/// use it. Each step writes the OpenAI-shaped error itself and returns <see langword="null"/>.
/// </summary>
internal static class GatewayRequest
{
    /// <summary>Reads the body as a Responses wire type.</summary>
    public static Task<T?> ReadJsonAsync<T>(HttpContext context)
        where T : class =>
        ReadJsonAsync(context, (stream, ct) => ResponsesJson.DeserializeAsync<T>(stream, ct), GatewayErrors.FieldOf);

    /// <summary>Reads the body with its own metadata; <paramref name="paramOf"/> names the field of a JSON path.</summary>
    public static Task<T?> ReadJsonAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, Func<string?, string?> paramOf)
        where T : class =>
        ReadJsonAsync(context, (stream, ct) => JsonSerializer.DeserializeAsync(stream, typeInfo, ct), paramOf);

    /// <summary>
    /// The model's group when <paramref name="model"/> is given, configured and allowed for the caller's key; otherwise
    /// the error is written and the result is <see langword="null"/>.
    /// </summary>
    public static async Task<ModelGroup?> FindModelAsync(HttpContext context, GatewayPipelines pipelines, string? model)
    {
        if (string.IsNullOrEmpty(model))
        {
            await GatewayErrors.WriteAsync(context, 400, "Missing required parameter: 'model'.", ResponsesErrorTypes.InvalidRequest, "model", "missing_required_parameter");
            return null;
        }

        if (pipelines.Find(model) is not { } group)
        {
            await GatewayErrors.WriteAsync(context, 404, $"The model '{model}' does not exist on this gateway. Available: {string.Join(", ", pipelines.ModelNames)}.",
                ResponsesErrorTypes.InvalidRequest, "model", "model_not_found");
            return null;
        }

        return await GatewayCaller.EnsureModelAllowedAsync(context, model) ? group : null;
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpContext context, Func<Stream, CancellationToken, ValueTask<T?>> read, Func<string?, string?> paramOf)
        where T : class
    {
        T? body;
        try
        {
            body = await read(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException e)
        {
            string? field = paramOf(e.Path);
            string message = field is null ? $"Invalid JSON body: {e.Message}" : $"Invalid value for '{field}': {e.Message}";
            await GatewayErrors.WriteAsync(context, 400, message, ResponsesErrorTypes.InvalidRequest, field, null);
            return null;
        }

        if (body is null)
        {
            await GatewayErrors.WriteAsync(context, 400, "The request body must be a JSON object.", ResponsesErrorTypes.InvalidRequest, null, null);
        }

        return body;
    }
}
