namespace Responses.Gateway.Http;

/// <summary>
/// Checks on a parsed request beyond Kestrel's limits (body size: <c>general_settings.max_request_size_mb</c>; headers:
/// Kestrel's 32 KB default) and System.Text.Json's (nesting depth 64): see docs/security.md.
/// </summary>
internal static class GatewayLimits
{
    /// <summary>The most input items (or chat messages) one request may carry; more is a 400 before any provider is called.</summary>
    public const int MaxInputItems = 10_000;

    /// <summary>The first problem of <paramref name="request"/> as a 400 error, or null when it is within the limits.</summary>
    /// <param name="request">The parsed (or mapped) request.</param>
    /// <param name="itemsParam">The field that holds the items: <c>input</c>, or <c>messages</c> for chat completions.</param>
    public static ApiError? Check(CreateResponseRequest request, string itemsParam)
    {
        if (request.Input?.Items is { Count: > MaxInputItems } items)
        {
            return new ApiError
            {
                Message = $"'{itemsParam}' has {items.Count} items; the gateway accepts at most {MaxInputItems} per request.",
                Type = "invalid_request_error", Param = itemsParam, Code = "too_many_items",
            };
        }

        // System.Text.Json reads 1e400 as infinity, which cannot be written to a provider (it was a 500).
        (string Name, double? Value)[] numbers =
        [
            ("temperature", request.Temperature), ("top_p", request.TopP),
            ("presence_penalty", request.PresencePenalty), ("frequency_penalty", request.FrequencyPenalty),
        ];
        foreach ((string name, double? value) in numbers)
        {
            if (value is { } v && !double.IsFinite(v))
            {
                return new ApiError { Message = $"Invalid value for '{name}': the number is out of range.", Type = "invalid_request_error", Param = name, Code = "invalid_value" };
            }
        }

        return null;
    }

    /// <summary>Writes the 400 of <see cref="Check"/> and returns false; true when the request is within the limits.</summary>
    public static async Task<bool> EnsureAsync(HttpContext context, CreateResponseRequest request, string itemsParam)
    {
        if (Check(request, itemsParam) is not { } error)
        {
            return true;
        }

        await GatewayErrors.WriteAsync(context, 400, new ApiErrorResponse { Error = error });
        return false;
    }
}
