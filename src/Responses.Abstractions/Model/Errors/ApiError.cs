namespace Responses;

/// <summary>The OpenAI error object: <c>{"message","type","param","code"}</c>.</summary>
public sealed class ApiError : WireObject
{
    /// <summary>A human-readable description of the error.</summary>
    [WireRequired]
    public string? Message { get; set; }

    /// <summary>The error type, for example <c>invalid_request_error</c> or <c>rate_limit_error</c>.</summary>
    [WireRequired]
    public string? Type { get; set; }

    /// <summary>The request parameter the error relates to, or <see langword="null"/>.</summary>
    [WireRequired]
    public string? Param { get; set; }

    /// <summary>A machine-readable code, or <see langword="null"/>.</summary>
    [WireRequired]
    public string? Code { get; set; }

    /// <summary>Response headers relevant to the error, such as rate limit headers (Open Responses).</summary>
    public IDictionary<string, string>? Headers { get; set; }
}
