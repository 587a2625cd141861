using System.Net.Http.Headers;

namespace Responses.Providers.Http;

/// <summary>What a provider's error mapper gets to build a <see cref="ResponsesException"/> from.</summary>
/// <param name="ProviderName">The provider.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The response body (may be empty or not JSON).</param>
/// <param name="Headers">The response headers.</param>
/// <param name="RequestId">The provider's request id, if any.</param>
/// <param name="RetryAfter">The wait the provider asked for, if any.</param>
public sealed record ProviderErrorContext(
    string ProviderName,
    int StatusCode,
    string Body,
    HttpResponseHeaders Headers,
    string? RequestId,
    TimeSpan? RetryAfter);
