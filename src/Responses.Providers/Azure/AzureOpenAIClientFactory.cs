using Responses.Providers.ChatCompletions;
using Responses.Providers.Http;
using Responses.Providers.OpenAI;

namespace Responses.Providers.Azure;

/// <summary>
/// Builds clients for Azure OpenAI from the existing providers: the Responses API on the v1 endpoint
/// (<c>{resource}/openai/v1/</c>, no <c>api-version</c>) with <see cref="OpenAIResponsesClient"/>, and legacy deployment URLs
/// (<c>{resource}/openai/deployments/{deployment}/chat/completions?api-version=…</c>) with
/// <see cref="ChatCompletionsResponsesClient"/>. Authentication is the <c>api-key</c> header or an Entra ID bearer token.
/// </summary>
public static class AzureOpenAIClientFactory
{
    /// <summary>A Responses API client for the resource's v1 endpoint.</summary>
    /// <param name="options">The resource settings.</param>
    /// <param name="httpClient">The HTTP client; when <see langword="null"/> one is made (with the token handler when a token provider is set).</param>
    /// <returns>The client (an <see cref="OpenAIResponsesClient"/>, found with <c>GetService</c>).</returns>
    public static IResponsesClient CreateResponsesClient(AzureOpenAIClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var openAI = new OpenAIResponsesClientOptions
        {
            Endpoint = V1Endpoint(options),
            ApiKey = options.TokenProvider is null ? options.ApiKey : null,
            ApiKeyHeaderName = "api-key",
            DefaultModel = options.DefaultModel,
            ProviderName = options.ProviderName,
        };
        foreach (KeyValuePair<string, string> header in options.Headers)
        {
            openAI.Headers[header.Key] = header.Value;
        }

        return Own(httpClient, options, h => new OpenAIResponsesClient(openAI, h));
    }

    /// <summary>A chat completions client for one deployment, through its legacy URL with <see cref="AzureOpenAIClientOptions.ApiVersion"/>.</summary>
    /// <param name="options">The resource settings.</param>
    /// <param name="deployment">The deployment name; <see cref="AzureOpenAIClientOptions.DefaultModel"/> when <see langword="null"/>.</param>
    /// <param name="httpClient">The HTTP client; when <see langword="null"/> one is made (with the token handler when a token provider is set).</param>
    /// <returns>The client (a <see cref="ChatCompletionsResponsesClient"/>, found with <c>GetService</c>).</returns>
    public static IResponsesClient CreateChatCompletionsClient(AzureOpenAIClientOptions options, string? deployment = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        deployment ??= options.DefaultModel ?? throw new ArgumentException("A deployment name is required (or set DefaultModel).", nameof(deployment));
        var chat = new ChatCompletionsResponsesClientOptions
        {
            Endpoint = new Uri(ResourceRoot(options), "openai/"),
            ChatCompletionsPath = $"deployments/{Uri.EscapeDataString(deployment)}/chat/completions",
            ApiKey = options.TokenProvider is null ? options.ApiKey : null,
            ApiKeyHeaderName = "api-key",
            DefaultModel = deployment,
            ProviderName = options.ProviderName,
        };
        chat.QueryParameters["api-version"] = options.ApiVersion;
        foreach (KeyValuePair<string, string> header in options.Headers)
        {
            chat.Headers[header.Key] = header.Value;
        }

        return Own(httpClient, options, h => new ChatCompletionsResponsesClient(chat, h));
    }

    /// <summary>The v1 endpoint of a resource: <c>{resource}/openai/v1/</c>.</summary>
    /// <param name="options">The resource settings.</param>
    /// <returns>The endpoint.</returns>
    public static Uri V1Endpoint(AzureOpenAIClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri(ResourceRoot(options), "openai/v1/");
    }

    // The resource root (scheme, host, port): a base given with /openai or /openai/v1 is reduced to it.
    private static Uri ResourceRoot(AzureOpenAIClientOptions options)
    {
        Uri endpoint = options.Endpoint ?? throw new ArgumentException("The Azure OpenAI resource endpoint is required (https://{resource}.openai.azure.com/).", nameof(options));
        string path = endpoint.AbsolutePath.TrimEnd('/');
        foreach (string suffix in new[] { "/openai/v1", "/openai" })
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^suffix.Length];
                break;
            }
        }

        return new Uri(endpoint, path + "/");
    }

    // With a token provider (and no caller's HttpClient) the client gets an HttpClient whose handler adds the bearer
    // token, disposed with it; otherwise the provider uses the caller's client or makes its own.
    private static IResponsesClient Own(HttpClient? httpClient, AzureOpenAIClientOptions options, Func<HttpClient?, IResponsesClient> create)
    {
        if (httpClient is not null || options.TokenProvider is not { } provider)
        {
            return create(httpClient);
        }

        var owned = new HttpClient(new BearerTokenHandler(provider)) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpClientOwningResponsesClient(create(owned), owned);
    }
}
