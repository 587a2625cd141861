using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace Responses.Providers.Bedrock.Auth;

/// <summary>
/// The AWS SDK's default credential chain (environment variables, shared config and credentials profiles, SSO,
/// web identity, ECS/EKS container credentials, EC2 instance profile). The SDK caches and refreshes temporary
/// credentials, so calling this for every request is cheap.
/// </summary>
public static class AwsSdkCredentialChain
{
    /// <summary>Resolves the current credentials.</summary>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <returns>The credentials.</returns>
    public static async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AWSCredentials source = await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync().ConfigureAwait(false);
        ImmutableCredentials current = await source.GetCredentialsAsync().ConfigureAwait(false);
        return new AwsCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }
}
