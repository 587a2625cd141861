using Microsoft.Extensions.DependencyInjection;

namespace Responses.Providers.Anthropic;

/// <summary>Registers <see cref="AnthropicResponsesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class AnthropicServiceCollectionExtensions
{
    /// <summary>
    /// Registers an Anthropic client as the <see cref="IResponsesClient"/> service, its HTTP client from
    /// <c>IHttpClientFactory</c>; add middleware on the returned builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (API key, endpoint, default model…).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddAnthropicResponsesClient(this IServiceCollection services, Action<AnthropicResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AnthropicResponsesClientOptions();
        configure(options);
        string httpClientName = $"Responses.{options.ProviderName}";
        services.AddHttpClient(httpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        return services.AddResponsesClient(sp => new AnthropicResponsesClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
    }
}
