using System.Text;
using System.Text.Json;
using Responses.Providers.Bedrock.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Maps Bedrock runtime errors — an HTTP body <c>{"message"}</c> with the type in <c>x-amzn-ErrorType</c>, or an
/// event-stream exception (<c>:message-type: exception</c>, type in <c>:exception-type</c>) — to
/// <see cref="ResponsesException"/>s and <c>response.failed</c> codes.
/// </summary>
internal static class BedrockErrorMapper
{
    public static ResponsesException Map(ProviderErrorContext context)
    {
        string? type = context.Headers.TryGetValues("x-amzn-ErrorType", out IEnumerable<string>? values) ? Normalize(values.FirstOrDefault()) : null;
        string message = MessageOf(context.Body) ?? (context.Body.Length > 0 ? Truncate(context.Body) : $"HTTP {context.StatusCode}");
        return Create(context.ProviderName, context.StatusCode, type, message, context.RequestId, context.RetryAfter);
    }

    /// <summary>An exception for a stream exception that arrived before anything was streamed.</summary>
    public static ResponsesException FromStreamException(string providerName, string? exceptionType, ReadOnlySpan<byte> payload, string? requestId)
    {
        string? type = Normalize(exceptionType);
        return Create(providerName, StatusOf(type), type, MessageOf(payload) ?? "The stream reported an exception.", requestId, retryAfter: null);
    }

    /// <summary>
    /// The <c>response.failed</c> code of a Bedrock error type, among those OpenAI's <c>ResponseErrorCode</c> allows:
    /// throttling stays a rate limit, validation becomes <c>invalid_prompt</c>, the rest <c>server_error</c>.
    /// </summary>
    public static string FailureCode(string? exceptionType) => Normalize(exceptionType) switch
    {
        "ThrottlingException" or "ModelNotReadyException" or "ServiceQuotaExceededException" => "rate_limit_exceeded",
        "ValidationException" => "invalid_prompt",
        _ => "server_error",
    };

    /// <summary>The <c>response.failed</c> message of a stream exception: the type, the message, and whether a retry may help.</summary>
    public static string FailureMessage(string providerName, string? exceptionType, ReadOnlySpan<byte> payload)
    {
        string? type = Normalize(exceptionType);
        string retry = IsRetriable(type, StatusOf(type)) ? " (retriable: trying again may succeed)" : string.Empty;
        return $"{providerName}: {type ?? "exception"}: {MessageOf(payload) ?? "The stream reported an exception."}{retry}";
    }

    /// <summary>
    /// The JSON error payload of an exception or error message: the payload itself, or for <c>error</c> messages
    /// (which carry <c>:error-code</c>/<c>:error-message</c> headers and often no payload) one built from the header.
    /// </summary>
    public static ReadOnlySpan<byte> PayloadOf(EventStream.EventStreamMessage message)
    {
        if (!message.Payload.IsEmpty || message.ErrorMessage is not { } text)
        {
            return message.Payload.Span;
        }

        return JsonSerializer.SerializeToUtf8Bytes(new BedrockErrorBody { Message = text }, BedrockJson.ErrorBody);
    }

    /// <summary>The HTTP status of a Bedrock error type (from the service model).</summary>
    public static int StatusOf(string? type) => Normalize(type) switch
    {
        "ValidationException" or "ConflictException" or "ServiceQuotaExceededException" => 400,
        "AccessDeniedException" => 403,
        "ResourceNotFoundException" => 404,
        "ModelTimeoutException" => 408,
        "ModelErrorException" or "ModelStreamErrorException" => 424,
        "ThrottlingException" or "ModelNotReadyException" => 429,
        "ServiceUnavailableException" => 503,
        _ => 500,
    };

    // Stream exception types are camelCase ("throttlingException"); headers may carry a namespace suffix
    // ("ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/").
    private static string? Normalize(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        int colon = type.IndexOf(':', StringComparison.Ordinal);
        string name = colon > 0 ? type[..colon] : type;
        int hash = name.LastIndexOf('#');
        name = hash >= 0 ? name[(hash + 1)..] : name;
        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    // A model stream error is the model failing mid-answer, so another try may succeed (like the 5xx types).
    private static bool IsRetriable(string? type, int status) =>
        type is "ModelStreamErrorException" or "ModelNotReadyException" || ResponsesException.IsRetriableStatus(status);

    private static ResponsesException Create(string providerName, int status, string? bedrockType, string message, string? requestId, TimeSpan? retryAfter)
    {
        (string type, string? code) = bedrockType switch
        {
            "ValidationException" => (ResponsesErrorTypes.InvalidRequest, null),
            "ConflictException" => (ResponsesErrorTypes.InvalidRequest, "conflict"),
            "ServiceQuotaExceededException" => (ResponsesErrorTypes.RateLimit, "insufficient_quota"),
            "AccessDeniedException" => (ResponsesErrorTypes.Permission, null),
            "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException" or "IncompleteSignatureException" => (ResponsesErrorTypes.Authentication, "invalid_api_key"),
            "ResourceNotFoundException" => (ResponsesErrorTypes.NotFound, "model_not_found"),
            "ModelTimeoutException" => (ResponsesErrorTypes.Timeout, "timeout"),
            "ThrottlingException" => (ResponsesErrorTypes.RateLimit, "rate_limit_exceeded"),
            "ModelNotReadyException" => (ResponsesErrorTypes.Overloaded, "model_not_ready"),
            "ServiceUnavailableException" => (ResponsesErrorTypes.Overloaded, "overloaded"),
            "ModelErrorException" or "ModelStreamErrorException" => (ResponsesErrorTypes.Server, "model_error"),
            "InternalServerException" => (ResponsesErrorTypes.Server, "server_error"),
            _ => (ResponsesErrorTypes.ForStatus(status), null),
        };

        return new ResponsesException($"{providerName}: {message}", status, new ApiError { Message = message, Type = type, Code = code })
        {
            ProviderName = providerName,
            RequestId = requestId,
            RetryAfter = retryAfter,
            IsRetriable = IsRetriable(bedrockType, status),
        };
    }

    private static string? MessageOf(string body) => body.Length == 0 ? null : MessageOf(Encoding.UTF8.GetBytes(body));

    private static string? MessageOf(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, BedrockJson.ErrorBody)?.Message;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): the caller falls back to the text.
            return null;
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
