using System.Net.Sockets;
using Polly.Timeout;

namespace Responses.Providers.Middleware.Retry;

/// <summary>
/// Sorts a failure into <see cref="ResponsesFailureKinds"/>, the one vocabulary retry, fallback and load
/// balancing decide on. Providers already map their native errors to <see cref="ResponsesException"/>
/// (status, OpenAI type and code); the classifier adds the few classes that only the code or message tell
/// (context window, content policy).
/// </summary>
public static class ResponsesFailureClassifier
{
    // Context-window messages of providers that send no dedicated code (Anthropic, Bedrock, Gemini, vLLM…).
    private static readonly string[] ContextWindowPhrases =
    [
        "prompt is too long",
        "context length",
        "context window",
        "maximum context",
        "input is too long",
        "exceeds the maximum number of tokens",
        "too many input tokens",
    ];

    private static readonly string[] ContentPolicyPhrases =
    [
        "content management policy",
        "content policy",
        "safety system",
    ];

    /// <summary>The classes a failure belongs to.</summary>
    /// <param name="failure">The exception a client threw.</param>
    /// <returns>The classes; <see cref="ResponsesFailureKinds.None"/> for the caller's cancellation and for request errors no layer should act on.</returns>
    public static ResponsesFailureKinds Classify(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure switch
        {
            ResponsesException responses => Classify(responses),
            TimeoutRejectedException or TimeoutException => ResponsesFailureKinds.Timeout,
            OperationCanceledException => ResponsesFailureKinds.None,
            HttpRequestException or IOException or SocketException => ResponsesFailureKinds.Connection,
            _ => ResponsesFailureKinds.None,
        };
    }

    /// <summary>The classes of a <see cref="ResponsesException"/>.</summary>
    /// <param name="failure">The exception.</param>
    /// <returns>The classes.</returns>
    public static ResponsesFailureKinds Classify(ResponsesException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ResponsesFailureKinds kinds = failure.StatusCode switch
        {
            0 => ResponsesFailureKinds.Connection,
            429 => ResponsesFailureKinds.RateLimit,
            503 or 529 => ResponsesFailureKinds.Overloaded,
            408 or 504 => ResponsesFailureKinds.Timeout,
            >= 500 => ResponsesFailureKinds.ServerError,
            _ => ResponsesFailureKinds.None,
        };

        string? type = failure.ErrorType;
        string? code = failure.ErrorCode;
        if (type == ResponsesErrorTypes.Overloaded || code == "overloaded")
        {
            kinds |= ResponsesFailureKinds.Overloaded;
        }

        if (type == ResponsesErrorTypes.Timeout || code == "timeout")
        {
            kinds = (kinds & ~ResponsesFailureKinds.Connection) | ResponsesFailureKinds.Timeout;
        }

        if (failure.InnerException is HttpRequestException or IOException or SocketException)
        {
            kinds |= ResponsesFailureKinds.Connection;
        }

        if (failure.StatusCode is >= 400 and < 500 or 0)
        {
            string message = failure.Error.Message ?? failure.Message;
            if (code is "context_length_exceeded" or "string_above_max_length" || ContainsAny(message, ContextWindowPhrases))
            {
                kinds |= ResponsesFailureKinds.ContextWindowExceeded;
            }

            if (code is "content_policy_violation" or "content_filter" || type is "content_filter" || ContainsAny(message, ContentPolicyPhrases))
            {
                kinds |= ResponsesFailureKinds.ContentPolicy;
            }
        }

        return kinds;
    }

    /// <summary>
    /// The exception a <c>response.failed</c> (or <c>error</c>) event stands for, so a failure reported in the
    /// stream before any output was committed is classified (and retried or routed elsewhere) like a thrown one.
    /// </summary>
    /// <param name="code">The error code, for example <c>rate_limit_exceeded</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="providerName">The provider, when known.</param>
    /// <returns>The exception.</returns>
    public static ResponsesException FromStreamFailure(string? code, string? message, string? providerName = null)
    {
        int status = code switch
        {
            "rate_limit_exceeded" => 429,
            "overloaded" => 529,
            "vector_store_timeout" or "timeout" => 504,
            "context_length_exceeded" or "content_policy_violation" or "content_filter" => 400,
            { } c when c.StartsWith("invalid_", StringComparison.Ordinal) => 400,
            _ => 500,
        };
        message ??= "The response failed.";
        return new ResponsesException(message, status, new ApiError { Message = message, Type = ResponsesErrorTypes.ForStatus(status), Code = code })
        {
            ProviderName = providerName,
            IsRetriable = ResponsesException.IsRetriableStatus(status),
        };
    }

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (string phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
