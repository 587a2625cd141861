using System.Globalization;
using System.Text.Json;
using Responses.Providers.Gemini.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Gemini;

/// <summary>
/// Maps Google API errors (<c>{"error":{"code","message","status","details"}}</c>, as an HTTP body or inside a
/// stream) to <see cref="ResponsesException"/>s; a <c>google.rpc.RetryInfo</c> detail gives Retry-After when the
/// header does not.
/// </summary>
internal static class GeminiErrorMapper
{
    private const string RetryInfoType = "type.googleapis.com/google.rpc.RetryInfo";

    public static ResponsesException Map(ProviderErrorContext context)
    {
        GeminiError? error = null;
        string body = context.Body.TrimStart();
        if (body.Length > 0)
        {
            try
            {
                // Streaming endpoints may answer an error as a one-element array.
                error = body[0] == '['
                    ? JsonSerializer.Deserialize(body, GeminiJsonContext.Default.ListGeminiErrorBody)?.FirstOrDefault()?.Error
                    : JsonSerializer.Deserialize(body, GeminiJson.ErrorBody)?.Error;
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): the text becomes the message below.
            }
        }

        string message = error?.Message ?? (body.Length > 0 ? Truncate(body) : $"HTTP {context.StatusCode}");
        return Create(context.ProviderName, context.StatusCode, error?.Status, message, context.RequestId, context.RetryAfter ?? RetryDelay(error));
    }

    /// <summary>An exception for an error that arrived in the stream before anything was written.</summary>
    public static ResponsesException FromStreamError(string providerName, GeminiError error, string? requestId) =>
        Create(providerName, error.Code ?? StatusOf(error.Status), error.Status, error.Message ?? "The stream reported an error.", requestId, RetryDelay(error));

    /// <summary>The <c>response.failed</c> code of a Google status, among those OpenAI's <c>ResponseErrorCode</c> allows.</summary>
    public static string FailureCode(string? status) => status switch
    {
        "RESOURCE_EXHAUSTED" => "rate_limit_exceeded",
        "INVALID_ARGUMENT" or "FAILED_PRECONDITION" or "OUT_OF_RANGE" => "invalid_prompt",
        _ => "server_error",
    };

    /// <summary>The <c>response.failed</c> message of a stream error.</summary>
    public static string FailureMessage(string providerName, GeminiError error)
    {
        int status = error.Code ?? StatusOf(error.Status);
        string retry = ResponsesException.IsRetriableStatus(status) ? " (retriable: trying again may succeed)" : string.Empty;
        return $"{providerName}: {error.Status ?? "error"}: {error.Message ?? "The stream reported an error."}{retry}";
    }

    /// <summary>The HTTP status Google uses for a canonical status.</summary>
    public static int StatusOf(string? status) => status switch
    {
        "INVALID_ARGUMENT" or "FAILED_PRECONDITION" or "OUT_OF_RANGE" => 400,
        "UNAUTHENTICATED" => 401,
        "PERMISSION_DENIED" => 403,
        "NOT_FOUND" => 404,
        "ALREADY_EXISTS" or "ABORTED" => 409,
        "RESOURCE_EXHAUSTED" => 429,
        "CANCELLED" => 499,
        "UNIMPLEMENTED" => 501,
        "UNAVAILABLE" => 503,
        "DEADLINE_EXCEEDED" => 504,
        _ => 500,
    };

    /// <summary>The <c>retryDelay</c> of a <c>google.rpc.RetryInfo</c> detail (a protobuf Duration such as <c>"34.4s"</c>).</summary>
    public static TimeSpan? RetryDelay(GeminiError? error)
    {
        foreach (JsonElement detail in error?.Details ?? [])
        {
            if (detail.ValueKind == JsonValueKind.Object &&
                detail.TryGetProperty("@type", out JsonElement type) && type.ValueEquals(RetryInfoType) &&
                detail.TryGetProperty("retryDelay", out JsonElement delay) && delay.ValueKind == JsonValueKind.String &&
                delay.GetString() is { Length: > 1 } text && text.EndsWith('s') &&
                double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }

    private static ResponsesException Create(string providerName, int status, string? googleStatus, string message, string? requestId, TimeSpan? retryAfter)
    {
        (string type, string? code) = googleStatus switch
        {
            "INVALID_ARGUMENT" or "FAILED_PRECONDITION" or "OUT_OF_RANGE" => (ResponsesErrorTypes.InvalidRequest, null),
            "UNAUTHENTICATED" => (ResponsesErrorTypes.Authentication, "invalid_api_key"),
            "PERMISSION_DENIED" => (ResponsesErrorTypes.Permission, null),
            "NOT_FOUND" => (ResponsesErrorTypes.NotFound, null),
            "RESOURCE_EXHAUSTED" => (ResponsesErrorTypes.RateLimit, "rate_limit_exceeded"),
            "INTERNAL" or "UNKNOWN" or "DATA_LOSS" => (ResponsesErrorTypes.Server, "server_error"),
            "UNAVAILABLE" => (ResponsesErrorTypes.Overloaded, "overloaded"),
            "DEADLINE_EXCEEDED" => (ResponsesErrorTypes.Timeout, "timeout"),
            _ => ((string, string?))(ResponsesErrorTypes.ForStatus(status), null),
        };

        return new ResponsesException($"{providerName}: {message}", status, new ApiError { Message = message, Type = type, Code = code })
        {
            ProviderName = providerName,
            RequestId = requestId,
            RetryAfter = retryAfter,
            IsRetriable = ResponsesException.IsRetriableStatus(status),
        };
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
