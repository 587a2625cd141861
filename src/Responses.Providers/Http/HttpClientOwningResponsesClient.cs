namespace Responses.Providers.Http;

/// <summary>
/// Disposes an <see cref="HttpClient"/> made for a provider client together with it: providers only dispose clients they
/// made themselves, and a factory that builds one with a special handler (a token handler, say) must not leak it.
/// </summary>
internal sealed class HttpClientOwningResponsesClient(IResponsesClient inner, HttpClient httpClient) : DelegatingResponsesClient(inner)
{
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            httpClient.Dispose();
        }
    }
}
