using Google.Apis.Auth.OAuth2;

namespace Responses.Providers.Gemini;

/// <summary>
/// An <see cref="IGoogleAccessTokenSource"/> over a Google.Apis.Auth credential: Application Default Credentials
/// (<c>GOOGLE_APPLICATION_CREDENTIALS</c> service-account JSON, gcloud user credentials, the metadata server) or
/// a given service-account JSON. Google.Apis.Auth caches tokens and refreshes them before they expire.
/// </summary>
public sealed class GoogleCredentialTokenSource : IGoogleAccessTokenSource
{
    /// <summary>The scope Vertex AI needs.</summary>
    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";

    private readonly ITokenAccess _credential;

    /// <summary>Initializes a token source over a credential (scoped by the caller when it needs scopes).</summary>
    /// <param name="credential">The credential.</param>
    public GoogleCredentialTokenSource(GoogleCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credential = credential.IsCreateScopedRequired ? credential.CreateScoped(CloudPlatformScope) : credential;
    }

    /// <summary>Finds Application Default Credentials and scopes them for Vertex AI.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The token source.</returns>
    public static async Task<GoogleCredentialTokenSource> FromApplicationDefaultAsync(CancellationToken cancellationToken = default) =>
        new(await GoogleCredential.GetApplicationDefaultAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>A token source from a service-account key file's JSON (its <c>token_uri</c> is where tokens are requested).</summary>
    /// <param name="json">The key file's JSON.</param>
    /// <returns>The token source.</returns>
    public static GoogleCredentialTokenSource FromServiceAccountJson(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return new(CredentialFactory.FromJson<ServiceAccountCredential>(json).ToGoogleCredential());
    }

    /// <inheritdoc />
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        await _credential.GetAccessTokenForRequestAsync(authUri: null, cancellationToken).ConfigureAwait(false);
}
