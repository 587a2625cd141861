using System.Text.Json;
using Responses.Providers.Http;

namespace Responses.Providers.OpenAI;

/// <summary>
/// Maps OpenAI-shaped errors to <see cref="ResponsesException"/>s, keeping their type and code. Shared by the
/// OpenAI-native and the chat completions providers, so it reads the variants OpenAI-compatible servers send:
/// <c>{"error":{…}}</c> with a string or numeric <c>code</c> (vLLM, OpenRouter), <c>{"error":"text"}</c> (Ollama),
/// and a top-level <c>{"object":"error","message":…}</c> (older vLLM).
/// </summary>
internal static class OpenAIErrorMapper
{
    public static ResponsesException Map(ProviderErrorContext context)
    {
        ApiError? error = null;
        if (context.Body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(context.Body);
                error = ParseBody(document.RootElement);
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

    /// <summary>Reads an error body (<c>{"error":…}</c> or a bare error object); <see langword="null"/> when it is not one.</summary>
    public static ApiError? ParseBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (body.TryGetProperty("error", out JsonElement error))
        {
            return ParseError(error);
        }

        return body.TryGetProperty("message", out _) ? ParseError(body) : null;
    }

    /// <summary>Reads the error object itself (or a plain string) into an <see cref="ApiError"/>.</summary>
    public static ApiError? ParseError(JsonElement error)
    {
        switch (error.ValueKind)
        {
            case JsonValueKind.String:
                return new ApiError { Message = error.GetString() };
            case JsonValueKind.Object:
                try
                {
                    // The typed model keeps every field OpenAI sends; servers with numeric codes fall back below.
                    return ResponsesJson.Deserialize<ApiError>(error);
                }
                catch (JsonException)
                {
                }

                var parsed = new ApiError
                {
                    Message = Text(error, "message"),
                    Type = Text(error, "type"),
                    Param = Text(error, "param"),
                    Code = Text(error, "code"),
                };
                return parsed;
            default:
                return null;
        }
    }

    /// <summary>The HTTP status an in-stream error stands for: a numeric <c>code</c> that is one (vLLM, OpenRouter), else by type.</summary>
    public static int StatusOf(JsonElement error, ApiError? parsed)
    {
        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out JsonElement code) &&
            code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out int status) && status is >= 400 and < 600)
        {
            return status;
        }

        return parsed?.Type switch
        {
            "invalid_request_error" => 400,
            "authentication_error" => 401,
            "permission_error" => 403,
            "not_found_error" => 404,
            "rate_limit_error" or "rate_limit_exceeded" => 429,
            _ when parsed?.Code is "rate_limit_exceeded" => 429,
            _ => 500,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        }
        : null;

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
