using System.Net.Http.Headers;

namespace Responses.Providers.Http;

/// <summary>
/// Sets <c>Authorization: Bearer</c> on every request from a token provider (for example Microsoft Entra ID through
/// Azure.Identity), so any provider client can use short-lived tokens; the provider is asked each time and is expected
/// to cache and refresh.
/// </summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly Func<CancellationToken, ValueTask<string>> _getToken;

    /// <summary>Initializes a handler.</summary>
    /// <param name="getToken">Returns a valid access token.</param>
    /// <param name="innerHandler">The handler that sends the request; a new <see cref="SocketsHttpHandler"/> when <see langword="null"/>.</param>
    public BearerTokenHandler(Func<CancellationToken, ValueTask<string>> getToken, HttpMessageHandler? innerHandler = null)
        : base(innerHandler ?? new SocketsHttpHandler())
    {
        ArgumentNullException.ThrowIfNull(getToken);
        _getToken = getToken;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string token = await _getToken(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
