using Microsoft.Extensions.DependencyInjection;

namespace Responses;

/// <summary>Registers <see cref="IResponsesClient"/> pipelines in a service collection.</summary>
public static class ResponsesClientServiceCollectionExtensions
{
    /// <summary>Registers a client as the <see cref="IResponsesClient"/> service; add middleware on the returned builder.</summary>
    /// <param name="services">The services.</param>
    /// <param name="innerClient">The provider client.</param>
    /// <param name="lifetime">The service lifetime (singleton by default).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddResponsesClient(this IServiceCollection services, IResponsesClient innerClient, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        return services.AddResponsesClient(_ => innerClient, lifetime);
    }

    /// <summary>Registers a client made from services as the <see cref="IResponsesClient"/> service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="innerClientFactory">Makes the provider client.</param>
    /// <param name="lifetime">The service lifetime (singleton by default).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddResponsesClient(this IServiceCollection services, Func<IServiceProvider, IResponsesClient> innerClientFactory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        var builder = new ResponsesClientBuilder(innerClientFactory);
        services.Add(new ServiceDescriptor(typeof(IResponsesClient), builder.Build, lifetime));
        return builder;
    }

    /// <summary>Registers a client as a keyed <see cref="IResponsesClient"/> service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="innerClient">The provider client.</param>
    /// <param name="lifetime">The service lifetime (singleton by default).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddKeyedResponsesClient(this IServiceCollection services, object? serviceKey, IResponsesClient innerClient, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        return services.AddKeyedResponsesClient(serviceKey, _ => innerClient, lifetime);
    }

    /// <summary>Registers a client made from services as a keyed <see cref="IResponsesClient"/> service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="innerClientFactory">Makes the provider client.</param>
    /// <param name="lifetime">The service lifetime (singleton by default).</param>
    /// <returns>The pipeline builder.</returns>
    public static ResponsesClientBuilder AddKeyedResponsesClient(this IServiceCollection services, object? serviceKey, Func<IServiceProvider, IResponsesClient> innerClientFactory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        var builder = new ResponsesClientBuilder(innerClientFactory);
        services.Add(new ServiceDescriptor(typeof(IResponsesClient), serviceKey, (sp, _) => builder.Build(sp), lifetime));
        return builder;
    }
}
