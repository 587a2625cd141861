namespace Responses;

/// <summary>The error of a failed response (<c>response.error</c>).</summary>
public sealed class ResponseError : WireObject
{
    /// <summary>The error code, for example <c>server_error</c> or <c>rate_limit_exceeded</c>.</summary>
    public string? Code { get; set; }

    /// <summary>A human-readable description.</summary>
    public string? Message { get; set; }
}
