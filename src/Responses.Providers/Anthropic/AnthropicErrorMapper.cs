using System.Text.Json;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Anthropic;

/// <summary>
/// Maps Anthropic errors (<c>{"type":"error","error":{"type","message"}}</c>, as an HTTP body or a stream
/// <c>error</c> event) to <see cref="ResponsesException"/>s and <c>response.failed</c> codes.
/// </summary>
internal static class AnthropicErrorMapper
{
    public static ResponsesException Map(ProviderErrorContext context)
    {
        AnthropicErrorBody? body = null;
        if (context.Body.Length > 0)
        {
            try
            {
                body = JsonSerializer.Deserialize(context.Body, AnthropicJson.ErrorBody);
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): the text becomes the message below.
            }
        }

        string? anthropicType = body?.Error?.Type;
        string message = body?.Error?.Message ?? (context.Body.Length > 0 ? Truncate(context.Body) : $"HTTP {context.StatusCode}");
        return Create(context.ProviderName, context.StatusCode, anthropicType, message, context.RequestId ?? body?.RequestId, context.RetryAfter);
    }

    /// <summary>An exception for an <c>error</c> event that arrived before anything was streamed.</summary>
    public static ResponsesException FromStreamError(string providerName, AnthropicError? error, string? requestId) =>
        Create(providerName, StatusOf(error?.Type), error?.Type, error?.Message ?? "The stream reported an error.", requestId, retryAfter: null);

    /// <summary>
    /// The <c>response.failed</c> code of an Anthropic error type, among those the OpenAI <c>ResponseErrorCode</c>
    /// enum allows: rate limits stay rate limits, request problems become <c>invalid_prompt</c>, the rest <c>server_error</c>.
    /// </summary>
    public static string FailureCode(string? anthropicType) => anthropicType switch
    {
        "rate_limit_error" => "rate_limit_exceeded",
        "invalid_request_error" or "request_too_large" => "invalid_prompt",
        _ => "server_error",
    };

    /// <summary>The <c>response.failed</c> message of a stream error: the type, the message, and whether a retry may help.</summary>
    public static string FailureMessage(string providerName, AnthropicError? error)
    {
        string type = error?.Type ?? "error";
        string retry = ResponsesException.IsRetriableStatus(StatusOf(error?.Type)) ? " (retriable: trying again may succeed)" : string.Empty;
        return $"{providerName}: {type}: {error?.Message ?? "The stream reported an error."}{retry}";
    }

    /// <summary>The HTTP status Anthropic uses for an error type.</summary>
    public static int StatusOf(string? anthropicType) => anthropicType switch
    {
        "invalid_request_error" => 400,
        "authentication_error" => 401,
        "billing_error" => 402,
        "permission_error" => 403,
        "not_found_error" => 404,
        "request_too_large" => 413,
        "rate_limit_error" => 429,
        "timeout_error" => 504,
        "overloaded_error" => 529,
        _ => 500,
    };

    private static ResponsesException Create(string providerName, int status, string? anthropicType, string message, string? requestId, TimeSpan? retryAfter)
    {
        (string type, string? code) = anthropicType switch
        {
            "invalid_request_error" => (ResponsesErrorTypes.InvalidRequest, null),
            "authentication_error" => (ResponsesErrorTypes.Authentication, "invalid_api_key"),
            "billing_error" => (ResponsesErrorTypes.InvalidRequest, "insufficient_quota"),
            "permission_error" => (ResponsesErrorTypes.Permission, null),
            "not_found_error" => (ResponsesErrorTypes.NotFound, null),
            "request_too_large" => (ResponsesErrorTypes.InvalidRequest, "request_too_large"),
            "rate_limit_error" => (ResponsesErrorTypes.RateLimit, "rate_limit_exceeded"),
            "api_error" => (ResponsesErrorTypes.Server, "server_error"),
            "overloaded_error" => (ResponsesErrorTypes.Overloaded, "overloaded"),
            "timeout_error" => (ResponsesErrorTypes.Timeout, "timeout"),
            _ => (ResponsesErrorTypes.ForStatus(status), null),
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
