using Microsoft.Extensions.DependencyInjection;
using Responses.Providers.Routing;

namespace Responses.ExtensionsAI;

/// <summary>
/// A chat client described by settings (from code or an <c>IConfiguration</c> section): which provider and model,
/// its key and base URL, and the middleware switches.
/// </summary>
/// <example>
/// <code language="json">
/// "Chat": { "Provider": "anthropic", "Model": "claude-sonnet-4-5", "ApiKey": "…", "Store": true }
/// </code>
/// </example>
public sealed class ResponsesChatClientSettings
{
    /// <summary>The provider prefix (<c>openai</c>, <c>anthropic</c>, <c>gemini</c>, <c>bedrock</c>, <c>ollama</c>…); may instead lead <see cref="Model"/> as <c>provider/model</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>The model, e.g. <c>claude-sonnet-4-5</c>, or <c>anthropic/claude-sonnet-4-5</c> when <see cref="Provider"/> is unset.</summary>
    public string? Model { get; set; }

    /// <summary>The API key; the provider's usual environment variable when unset.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The base URL, for a proxy, a local server or a test double; the provider's default when unset.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API version, for providers that have one (Azure).</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Extra HTTP headers sent with every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the state middleware (<c>.UseResponseStore()</c>): stored responses and <c>previous_response_id</c> on any
    /// provider, so <see cref="Microsoft.Extensions.AI.ChatResponse.ConversationId"/> continues a conversation. The
    /// store is the registered <see cref="IResponseStore"/>, else an in-memory one.
    /// </summary>
    public bool Store { get; set; }

    /// <summary>The full model string, <c>provider/model</c>.</summary>
    /// <exception cref="InvalidOperationException">No model is set, or no provider is named.</exception>
    public string GetModelString()
    {
        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new InvalidOperationException("The chat client settings name no model: set 'Model' (and 'Provider', or use 'provider/model').");
        }

        if (!string.IsNullOrWhiteSpace(Provider))
        {
            return $"{Provider}/{Model}";
        }

        return Model.Contains('/', StringComparison.Ordinal)
            ? Model
            : throw new InvalidOperationException($"The chat client settings name no provider for model '{Model}': set 'Provider' or use 'provider/model'.");
    }

    /// <summary>Builds the Responses pipeline these settings describe.</summary>
    /// <param name="services">Services for the middleware (the <see cref="IResponseStore"/>), if any.</param>
    /// <param name="factory">The provider factory; <see cref="ResponsesProviderFactory.CreateDefault"/> when <see langword="null"/>.</param>
    /// <returns>The client.</returns>
    public IResponsesClient CreateResponsesClient(IServiceProvider? services = null, ResponsesProviderFactory? factory = null)
    {
        var settings = new ProviderSettings { ApiKey = ApiKey, ApiBase = BaseUrl, ApiVersion = ApiVersion };
        foreach (KeyValuePair<string, string> header in Headers)
        {
            settings.Headers[header.Key] = header.Value;
        }

        factory ??= services?.GetService<ResponsesProviderFactory>() ?? ResponsesProviderFactory.CreateDefault();
        IResponsesClient provider = factory.Create(GetModelString(), settings);
        return Store ? provider.AsBuilder().UseResponseStore().Build(services) : provider;
    }
}
