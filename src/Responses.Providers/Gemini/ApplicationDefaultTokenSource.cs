namespace Responses.Providers.Gemini;

/// <summary>
/// Google Application Default Credentials, resolved on first use (environment, gcloud user credentials, metadata
/// server), so a client can be built synchronously, for example by the prefix router.
/// </summary>
public sealed class ApplicationDefaultTokenSource : IGoogleAccessTokenSource
{
    private readonly Lazy<Task<GoogleCredentialTokenSource>> _inner = new(() => GoogleCredentialTokenSource.FromApplicationDefaultAsync());

    /// <inheritdoc />
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        GoogleCredentialTokenSource inner = await _inner.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
    }
}
