namespace Responses;

/// <summary>The body of an OpenAI error response: <c>{"error": {...}}</c>.</summary>
public sealed class ApiErrorResponse : WireObject
{
    /// <summary>The error.</summary>
    [WireRequired]
    public ApiError? Error { get; set; }
}
