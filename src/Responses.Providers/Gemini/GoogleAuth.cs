namespace Responses.Providers.Gemini;

/// <summary>Adds Google credentials to a request: a bearer token from the token source, else the API key.</summary>
internal static class GoogleAuth
{
    public static async Task ApplyAsync(HttpRequestMessage message, GeminiResponsesClientOptions options, string providerName, CancellationToken cancellationToken)
    {
        if (options.IsVertex && options.TokenSource is { } tokens)
        {
            string token;
            try
            {
                token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ResponsesException)
            {
                // Credentials are a configuration problem, reported like an authentication failure.
                throw new ResponsesException($"{providerName}: could not get a Google access token: {ex.Message}", 401, new ApiError { Type = ResponsesErrorTypes.Authentication, Code = "invalid_api_key", Message = ex.Message }, ex)
                {
                    ProviderName = providerName,
                    IsRetriable = false,
                };
            }

            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }
        else if (options.ApiKey is { Length: > 0 } key)
        {
            message.Headers.TryAddWithoutValidation("x-goog-api-key", key);
        }
    }
}
