using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Responses.ExtensionsAI;

/// <summary>
/// Registers an <see cref="IChatClient"/> over a Responses provider, in one line, from code or configuration.
/// Each method returns M.E.AI's <see cref="ChatClientBuilder"/>, so callers add their own middleware
/// (<c>.UseFunctionInvocation()</c>, <c>.UseOpenTelemetry()</c>…), outermost first.
/// </summary>
public static class ResponsesChatClientServiceCollectionExtensions
{
    /// <summary>Registers a chat client over a Responses client (which stays owned by the caller).</summary>
    /// <param name="services">The services.</param>
    /// <param name="client">The Responses client (provider or pipeline).</param>
    /// <param name="defaultModelId">The model when the chat options name none.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddResponsesChatClient(this IServiceCollection services, IResponsesClient client, string? defaultModelId = null, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(client);
        return services.AddChatClient(_ => new ResponsesChatClient(client, defaultModelId), lifetime);
    }

    /// <summary>Registers a chat client over the Responses client a factory builds (disposed with the chat client).</summary>
    /// <param name="services">The services.</param>
    /// <param name="clientFactory">Builds the Responses client.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddResponsesChatClient(this IServiceCollection services, Func<IServiceProvider, IResponsesClient> clientFactory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        return services.AddChatClient(sp => new ResponsesChatClient(clientFactory(sp), null, ownsClient: true), lifetime);
    }

    /// <summary>Registers a chat client described by settings (provider, model, key, base URL, <see cref="ResponsesChatClientSettings.Store"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Fills the settings.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddResponsesChatClient(this IServiceCollection services, Action<ResponsesChatClientSettings> configure, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ResponsesChatClientSettings settings = Configure(configure);
        return services.AddResponsesChatClient(sp => settings.CreateResponsesClient(sp), lifetime);
    }

    /// <summary>Registers a chat client described by a configuration section (<c>Provider</c>, <c>Model</c>, <c>ApiKey</c>, <c>BaseUrl</c>, <c>ApiVersion</c>, <c>Headers</c>, <c>Store</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section, read when the client is first resolved.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddResponsesChatClient(this IServiceCollection services, IConfiguration section, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddResponsesChatClient(sp => Bind(section).CreateResponsesClient(sp), lifetime);
    }

    /// <summary>Registers a keyed chat client over a Responses client (which stays owned by the caller).</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="client">The Responses client (provider or pipeline).</param>
    /// <param name="defaultModelId">The model when the chat options name none.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddKeyedResponsesChatClient(this IServiceCollection services, object serviceKey, IResponsesClient client, string? defaultModelId = null, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(client);
        return services.AddKeyedChatClient(serviceKey, _ => new ResponsesChatClient(client, defaultModelId), lifetime);
    }

    /// <summary>Registers a keyed chat client over the Responses client a factory builds (disposed with the chat client).</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="clientFactory">Builds the Responses client.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddKeyedResponsesChatClient(this IServiceCollection services, object serviceKey, Func<IServiceProvider, IResponsesClient> clientFactory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        return services.AddKeyedChatClient(serviceKey, sp => new ResponsesChatClient(clientFactory(sp), null, ownsClient: true), lifetime);
    }

    /// <summary>Registers a keyed chat client described by settings.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="configure">Fills the settings.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddKeyedResponsesChatClient(this IServiceCollection services, object serviceKey, Action<ResponsesChatClientSettings> configure, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ResponsesChatClientSettings settings = Configure(configure);
        return services.AddKeyedResponsesChatClient(serviceKey, sp => settings.CreateResponsesClient(sp), lifetime);
    }

    /// <summary>Registers a keyed chat client described by a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key.</param>
    /// <param name="section">The configuration section, read when the client is first resolved.</param>
    /// <param name="lifetime">The lifetime of the chat client.</param>
    /// <returns>The builder, for middleware.</returns>
    public static ChatClientBuilder AddKeyedResponsesChatClient(this IServiceCollection services, object serviceKey, IConfiguration section, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddKeyedResponsesChatClient(serviceKey, sp => Bind(section).CreateResponsesClient(sp), lifetime);
    }

    private static ResponsesChatClientSettings Configure(Action<ResponsesChatClientSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new ResponsesChatClientSettings();
        configure(settings);
        return settings;
    }

    private static ResponsesChatClientSettings Bind(IConfiguration section)
    {
        var settings = new ResponsesChatClientSettings();
        section.Bind(settings);
        return settings;
    }
}
