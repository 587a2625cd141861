using Microsoft.Extensions.DependencyInjection;

namespace Responses.Providers.ChatCompletions;

/// <summary>Registers <see cref="ChatCompletionsResponsesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class ChatCompletionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers a chat completions client (any OpenAI-compatible server) as the <see cref="IResponsesClient"/> service,
    /// its HTTP client from <c>IHttpClientFactory</c>; add middleware on the returned builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (endpoint, API key, default model…).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddChatCompletionsResponsesClient(this IServiceCollection services, Action<ChatCompletionsResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ChatCompletionsResponsesClientOptions();
        configure(options);
        string httpClientName = $"Responses.{options.ProviderName}";
        services.AddHttpClient(httpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        return services.AddResponsesClient(sp => new ChatCompletionsResponsesClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
    }
}
