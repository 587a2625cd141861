using System.Globalization;
using System.Net.Http.Headers;

namespace Responses.Providers.Http;

/// <summary>
/// The HTTP plumbing every provider shares: sending with the right completion option, turning failures
/// (status codes, network errors, time-outs) into <see cref="ResponsesException"/>, reading Retry-After and
/// request ids.
/// </summary>
public static class ProviderHttp
{
    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-goog-request-id", "apim-request-id"];

    /// <summary>
    /// Sends a request and returns the successful response; a non-success status is read and mapped by
    /// <paramref name="mapError"/>, a transport failure becomes a retriable <see cref="ResponsesException"/>.
    /// </summary>
    /// <param name="httpClient">The client.</param>
    /// <param name="request">The request (disposed by the caller).</param>
    /// <param name="streaming">Whether to return as soon as headers arrive.</param>
    /// <param name="providerName">The provider, for errors.</param>
    /// <param name="mapError">Maps an error body to an exception.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The successful response; the caller disposes it.</returns>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        bool streaming,
        string providerName,
        Func<ProviderErrorContext, ResponsesException> mapError,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(mapError);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(
                request,
                streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead,
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ResponsesException($"{providerName}: the request could not be sent: {ex.Message}", 0, null, ex)
            {
                ProviderName = providerName,
                IsRetriable = true,
            };
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed (not the caller's cancellation).
            throw new ResponsesException($"{providerName}: the request timed out.", 408, new ApiError { Type = ResponsesErrorTypes.Timeout, Code = "timeout" }, ex)
            {
                ProviderName = providerName,
                IsRetriable = true,
            };
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string body = string.Empty;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                // The error body is best effort; the status still tells what happened.
            }

            var context = new ProviderErrorContext(providerName, (int)response.StatusCode, body, response.Headers, GetRequestId(response), GetRetryAfter(response));
            throw mapError(context);
        }
    }

    /// <summary>The provider's request id from the usual headers, if any.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The id or <see langword="null"/>.</returns>
    public static string? GetRequestId(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (string name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out IEnumerable<string>? values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>
    /// The wait the provider asked for: <c>retry-after-ms</c> (OpenAI), then <c>Retry-After</c> as seconds or
    /// an HTTP date.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns>The wait, or <see langword="null"/>.</returns>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.TryGetValues("retry-after-ms", out IEnumerable<string>? ms) &&
            double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out double milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            TimeSpan wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        // Some servers send fractional seconds, which the typed header rejects.
        if (response.Headers.TryGetValues("Retry-After", out IEnumerable<string>? raw) &&
            double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }
}
