using System.Text.Json;
using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary>
/// <c>POST /v1/responses/input_tokens</c>, best effort: no provider's exact counter is called yet, so the answer is an
/// estimate (characters of the text in input, instructions and tools ÷ 4, rounded up), labelled as such by
/// <c>"estimated": true</c> and the <c>x-input-tokens-method</c> header. It never claims to be exact.
/// </summary>
internal static class InputTokensEndpoint
{
    public const string MethodHeader = "x-input-tokens-method";
    public const string Method = "estimate:chars/4";

    public static async Task CountAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        InputTokenCountRequest? request;
        try
        {
            request = await ResponsesJson.DeserializeAsync<InputTokenCountRequest>(context.Request.Body, ct);
        }
        catch (JsonException e)
        {
            string? field = GatewayErrors.FieldOf(e.Path);
            await GatewayErrors.WriteAsync(context, 400, field is null ? $"Invalid JSON body: {e.Message}" : $"Invalid value for '{field}': {e.Message}",
                "invalid_request_error", field, null);
            return;
        }

        if (request is null || string.IsNullOrEmpty(request.Model))
        {
            await GatewayErrors.WriteAsync(context, 400, "Missing required parameter: 'model'.", "invalid_request_error", "model", "missing_required_parameter");
            return;
        }

        if (pipelines.Find(request.Model) is null)
        {
            await GatewayErrors.WriteAsync(context, 404, $"The model '{request.Model}' does not exist on this gateway.", "invalid_request_error", "model", "model_not_found");
            return;
        }

        if (!await GatewayCaller.EnsureModelAllowedAsync(context, request.Model))
        {
            return;
        }

        long characters = (request.Instructions?.Length ?? 0)
            + TextLength(request.Input is null ? null : ResponsesJson.SerializeToUtf8Bytes(request.Input))
            + TextLength(request.Tools is null ? null : ResponsesJson.SerializeToUtf8Bytes(request.Tools));
        var result = new InputTokenCountResult { InputTokens = (characters + 3) / 4 };
        using (JsonDocument estimated = JsonDocument.Parse("true"))
        {
            result.SetAdditionalProperty("estimated", estimated.RootElement.Clone());
        }

        context.Response.Headers[MethodHeader] = Method;
        await GatewayJson.WriteAsync(context, 200, result, ct);
    }

    /// <summary>The characters of every string value (not the JSON punctuation or the property names).</summary>
    private static long TextLength(byte[]? json)
    {
        if (json is null)
        {
            return 0;
        }

        long length = 0;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }
}
