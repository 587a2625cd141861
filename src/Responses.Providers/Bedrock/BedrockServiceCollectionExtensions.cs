using Microsoft.Extensions.DependencyInjection;

namespace Responses.Providers.Bedrock;

/// <summary>Registers Bedrock clients with <c>IHttpClientFactory</c>.</summary>
public static class BedrockServiceCollectionExtensions
{
    /// <summary>
    /// Registers a Bedrock Converse client as the <see cref="IResponsesClient"/> service, its HTTP client from
    /// <c>IHttpClientFactory</c>; add middleware on the returned builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (region, credentials or API key, default model…).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddBedrockResponsesClient(this IServiceCollection services, Action<BedrockResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BedrockResponsesClientOptions();
        configure(options);
        string httpClientName = $"Responses.{options.ProviderName}";
        services.AddHttpClient(httpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        return services.AddResponsesClient(sp => new BedrockResponsesClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
    }
}
