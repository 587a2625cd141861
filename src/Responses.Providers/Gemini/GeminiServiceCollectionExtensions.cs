using Microsoft.Extensions.DependencyInjection;

namespace Responses.Providers.Gemini;

/// <summary>Registers <see cref="GeminiResponsesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class GeminiServiceCollectionExtensions
{
    /// <summary>
    /// Registers a Gemini (AI Studio or Vertex AI) client as the <see cref="IResponsesClient"/> service, its HTTP client
    /// from <c>IHttpClientFactory</c>; add middleware on the returned builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (API key or Vertex project and token source, default model…).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddGeminiResponsesClient(this IServiceCollection services, Action<GeminiResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new GeminiResponsesClientOptions();
        configure(options);
        string httpClientName = $"Responses.{options.EffectiveProviderName}";
        services.AddHttpClient(httpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        return services.AddResponsesClient(sp => new GeminiResponsesClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
    }
}
