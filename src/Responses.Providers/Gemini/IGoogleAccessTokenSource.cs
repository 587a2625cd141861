namespace Responses.Providers.Gemini;

/// <summary>
/// Supplies OAuth access tokens for Vertex AI (<c>Authorization: Bearer …</c>). <see cref="GoogleCredentialTokenSource"/>
/// uses Google's Application Default Credentials; tests and custom schemes implement it directly.
/// </summary>
public interface IGoogleAccessTokenSource
{
    /// <summary>Returns a valid access token (implementations cache and refresh it).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token, without the <c>Bearer</c> prefix.</returns>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
