using System.Text.Json;
using Responses.Providers.Http;

namespace Responses.Providers.OpenAI;

/// <summary>Maps an OpenAI error body (<c>{"error":{...}}</c>) to a <see cref="ResponsesException"/>, keeping its type and code.</summary>
internal static class OpenAIErrorMapper
{
    public static ResponsesException Map(ProviderErrorContext context)
    {
        ApiError? error = null;
        if (context.Body.Length > 0)
        {
            try
            {
                error = ResponsesJson.Deserialize<ApiErrorResponse>(context.Body)?.Error;
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): the text becomes the message below.
            }
        }

        string message = error?.Message ?? (context.Body.Length > 0 ? Truncate(context.Body) : $"HTTP {context.StatusCode}");
        return new ResponsesException($"{context.ProviderName}: {message}", context.StatusCode, error ?? new ApiError { Message = message })
        {
            ProviderName = context.ProviderName,
            RequestId = context.RequestId,
            RetryAfter = context.RetryAfter,
            IsRetriable = ResponsesException.IsRetriableStatus(context.StatusCode) && !IsQuotaExhausted(error),
        };
    }

    // A 429 with insufficient_quota means the account has no credit left: waiting and retrying cannot help.
    private static bool IsQuotaExhausted(ApiError? error) =>
        string.Equals(error?.Code, "insufficient_quota", StringComparison.Ordinal) || string.Equals(error?.Type, "insufficient_quota", StringComparison.Ordinal);

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
