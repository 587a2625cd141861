namespace Responses;

/// <summary>
/// A failed call to a provider or to the Responses API: the HTTP status, the OpenAI-shaped error
/// (<c>type</c>, <c>code</c>, <c>message</c>, <c>param</c>), the provider, its request id, Retry-After,
/// and whether trying again may succeed. Providers map their native errors into it.
/// </summary>
public class ResponsesException : Exception
{
    /// <summary>Initializes an exception.</summary>
    public ResponsesException()
        : this("The Responses call failed.")
    {
    }

    /// <summary>Initializes an exception with a message (status 500, <c>server_error</c>).</summary>
    /// <param name="message">The message.</param>
    public ResponsesException(string message)
        : this(message, 500)
    {
    }

    /// <summary>Initializes an exception with a message and an inner exception (status 500, <c>server_error</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesException(string message, Exception? innerException)
        : this(message, 500, null, innerException)
    {
    }

    /// <summary>Initializes an exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status (0 when none was received).</param>
    /// <param name="error">The OpenAI-shaped error; when <see langword="null"/> one is made from the status and message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesException(string message, int statusCode, ApiError? error = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error ?? new ApiError { Message = message, Type = ResponsesErrorTypes.ForStatus(statusCode) };
        Error.Message ??= message;
        Error.Type ??= ResponsesErrorTypes.ForStatus(statusCode);
        IsRetriable = IsRetriableStatus(statusCode);
    }

    /// <summary>The HTTP status (0 when no response was received, for example a network failure).</summary>
    public int StatusCode { get; }

    /// <summary>The error in the OpenAI shape.</summary>
    public ApiError Error { get; }

    /// <summary>The provider that failed, for example <c>anthropic</c>.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The provider's request id (<c>x-request-id</c>, <c>request-id</c>…), for support.</summary>
    public string? RequestId { get; init; }

    /// <summary>How long the provider asked to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether trying again may succeed (rate limits, overload, timeouts, server errors, network failures).</summary>
    public bool IsRetriable { get; init; }

    /// <summary>The OpenAI error type, for example <c>invalid_request_error</c>.</summary>
    public string? ErrorType => Error.Type;

    /// <summary>The OpenAI error code, for example <c>rate_limit_exceeded</c>.</summary>
    public string? ErrorCode => Error.Code;

    /// <summary>Whether a status is worth retrying: 0 (no response), 408, 409, 429, 500, 502, 503, 504 and 529.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <returns><see langword="true"/> when retriable.</returns>
    public static bool IsRetriableStatus(int statusCode) =>
        statusCode is 0 or 408 or 409 or 429 or 500 or 502 or 503 or 504 or 529;

    /// <summary>The error as the body of an OpenAI error response.</summary>
    /// <returns>The body.</returns>
    public ApiErrorResponse ToErrorResponse() => new() { Error = Error };
}
