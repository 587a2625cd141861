using Microsoft.Extensions.DependencyInjection;

namespace Responses.Providers.OpenAI;

/// <summary>Registers <see cref="OpenAIResponsesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class OpenAIServiceCollectionExtensions
{
    /// <summary>
    /// Registers an OpenAI (or OpenAI-compatible Responses server) client as the <see cref="IResponsesClient"/>
    /// service, its HTTP client from <c>IHttpClientFactory</c>; add middleware on the returned builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (API key, endpoint…).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddOpenAIResponsesClient(this IServiceCollection services, Action<OpenAIResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new OpenAIResponsesClientOptions();
        configure(options);
        string httpClientName = $"Responses.{options.ProviderName}";
        services.AddHttpClient(httpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        return services.AddResponsesClient(sp => new OpenAIResponsesClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
    }
}
