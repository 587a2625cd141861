namespace Responses;

/// <summary>The OpenAI error <c>type</c> values this library uses.</summary>
public static class ResponsesErrorTypes
{
    /// <summary>The request is malformed or not allowed (400, 404, 409, 413, 422).</summary>
    public const string InvalidRequest = "invalid_request_error";

    /// <summary>The credentials are missing or wrong (401).</summary>
    public const string Authentication = "authentication_error";

    /// <summary>The credentials do not allow this (403).</summary>
    public const string Permission = "permission_error";

    /// <summary>The resource does not exist (404).</summary>
    public const string NotFound = "not_found_error";

    /// <summary>Too many requests (429).</summary>
    public const string RateLimit = "rate_limit_error";

    /// <summary>The provider failed (5xx) or could not be reached.</summary>
    public const string Server = "server_error";

    /// <summary>The provider is overloaded (503, Anthropic's 529).</summary>
    public const string Overloaded = "overloaded_error";

    /// <summary>The provider took too long (408, 504).</summary>
    public const string Timeout = "timeout_error";

    /// <summary>The default error type for an HTTP status.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns>The error type.</returns>
    public static string ForStatus(int statusCode) => statusCode switch
    {
        401 => Authentication,
        403 => Permission,
        404 => NotFound,
        408 or 504 => Timeout,
        429 => RateLimit,
        503 or 529 => Overloaded,
        >= 400 and < 500 => InvalidRequest,
        _ => Server,
    };
}
