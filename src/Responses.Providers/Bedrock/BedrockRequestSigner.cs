using Responses.Providers.Bedrock.Auth;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Authenticates Bedrock runtime requests: a Bedrock API key as <c>Authorization: Bearer</c> when one is set
/// (option or <c>AWS_BEARER_TOKEN_BEDROCK</c>), otherwise a SigV4 signature with fixed or resolved credentials.
/// Shared by the Converse client and Anthropic on Bedrock.
/// </summary>
internal sealed class BedrockRequestSigner
{
    private readonly BedrockResponsesClientOptions _options;
    private readonly string _region;

    public BedrockRequestSigner(BedrockResponsesClientOptions options)
    {
        _options = options;
        _region = options.ResolveRegion();
    }

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        if (_options.ResolveApiKey() is { } apiKey)
        {
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + apiKey);
            return;
        }

        AwsCredentials credentials;
        try
        {
            credentials = _options.Credentials ?? await _options.CredentialsProvider(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No credentials anywhere in the chain: a configuration problem, not worth retrying.
            string message = $"{_options.ProviderName}: no AWS credentials: set a Bedrock API key (AWS_BEARER_TOKEN_BEDROCK) or AWS credentials (environment, profile, or an instance/container role). {ex.Message}";
            throw new ResponsesException(message, 401, new ApiError { Message = message, Type = ResponsesErrorTypes.Authentication, Code = "missing_credentials" }, ex)
            {
                ProviderName = _options.ProviderName,
                IsRetriable = false,
            };
        }

        AwsSigV4Signer.Sign(request, body, credentials, _region, _options.SigningService, _options.TimeProvider.GetUtcNow());
    }
}
