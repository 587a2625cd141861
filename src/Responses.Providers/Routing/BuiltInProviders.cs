using Responses.Providers.Anthropic;
using Responses.Providers.Azure;
using Responses.Providers.ChatCompletions;
using Responses.Providers.OpenAI;

namespace Responses.Providers.Routing;

/// <summary>
/// The providers this package builds by prefix: <c>openai/</c> (Responses API), <c>azure/</c>, <c>anthropic/</c>, and
/// the OpenAI-compatible chat completions servers of <see cref="ChatCompletions"/>.
/// </summary>
public static class BuiltInProviders
{
    /// <summary>The chat completions prefixes with their default endpoints and environment variables.</summary>
    public static IReadOnlyList<ChatCompletionsProviderDefaults> ChatCompletions { get; } =
    [
        new("hosted_vllm", null, ["HOSTED_VLLM_API_KEY"], ["HOSTED_VLLM_API_BASE"]),
        new("ollama", new Uri("http://localhost:11434/v1/"), ["OLLAMA_API_KEY"], ["OLLAMA_API_BASE"]),
        new("openrouter", new Uri("https://openrouter.ai/api/v1/"), ["OPENROUTER_API_KEY"], ["OPENROUTER_API_BASE"]),
        new("groq", new Uri("https://api.groq.com/openai/v1/"), ["GROQ_API_KEY"], ["GROQ_API_BASE"]),
        new("deepseek", new Uri("https://api.deepseek.com/v1/"), ["DEEPSEEK_API_KEY"], ["DEEPSEEK_API_BASE"]),
        new("mistral", new Uri("https://api.mistral.ai/v1/"), ["MISTRAL_API_KEY"], ["MISTRAL_API_BASE"]),
        new("xai", new Uri("https://api.x.ai/v1/"), ["XAI_API_KEY"], ["XAI_API_BASE"]),
        new("together_ai", new Uri("https://api.together.xyz/v1/"), ["TOGETHER_API_KEY", "TOGETHERAI_API_KEY"], ["TOGETHER_API_BASE", "TOGETHERAI_API_BASE"]),
        new("openai_compatible", null, [], []),
    ];

    /// <summary>Registers every built-in prefix on a factory.</summary>
    /// <param name="factory">The factory.</param>
    public static void RegisterAll(ResponsesProviderFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.Register("openai", OpenAI);
        factory.Register("azure", AzureOpenAI);
        factory.Register("anthropic", Anthropic);
        foreach (ChatCompletionsProviderDefaults defaults in ChatCompletions)
        {
            factory.Register(defaults.Prefix, (model, settings) => ChatCompletionsClient(defaults, model, settings));
        }
    }

    /// <summary><c>openai/</c>: the Responses API; key <c>OPENAI_API_KEY</c>, base <c>OPENAI_BASE_URL</c> (as the OpenAI SDKs read them).</summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient OpenAI(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new OpenAIResponsesClientOptions
        {
            ApiKey = settings.ApiKey ?? settings.FromEnvironment("OPENAI_API_KEY"),
            Endpoint = OpenAIStyleBase(settings.ApiBase ?? Parse(settings.FromEnvironment("OPENAI_BASE_URL"))) ?? OpenAIResponsesClientOptions.DefaultEndpoint,
            DefaultModel = model,
        };
        Copy(settings.Headers, options.Headers);
        return new OpenAIResponsesClient(options, settings.HttpClient);
    }

    /// <summary>
    /// <c>azure/</c> (the model is the deployment): the Responses API on <c>{resource}/openai/v1/</c> when no
    /// <c>api_version</c> is given (or <c>v1</c>, <c>latest</c>, <c>preview</c>); with a dated <c>api_version</c>, chat completions
    /// on the deployment URL. Key <c>AZURE_API_KEY</c> / <c>AZURE_OPENAI_API_KEY</c>, base <c>AZURE_API_BASE</c> /
    /// <c>AZURE_OPENAI_ENDPOINT</c>, version <c>AZURE_API_VERSION</c>.
    /// </summary>
    /// <param name="model">The deployment.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient AzureOpenAI(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new AzureOpenAIClientOptions
        {
            Endpoint = settings.ApiBase ?? Parse(settings.FromEnvironment("AZURE_API_BASE", "AZURE_OPENAI_ENDPOINT"))
                ?? throw new ArgumentException("azure/ needs api_base (https://{resource}.openai.azure.com) or AZURE_API_BASE.", nameof(settings)),
            ApiKey = settings.ApiKey ?? settings.FromEnvironment("AZURE_API_KEY", "AZURE_OPENAI_API_KEY"),
            DefaultModel = model,
        };
        Copy(settings.Headers, options.Headers);
        string? version = settings.ApiVersion ?? settings.FromEnvironment("AZURE_API_VERSION");
        if (version is null or "v1" or "latest" or "preview")
        {
            return AzureOpenAIClientFactory.CreateResponsesClient(options, settings.HttpClient);
        }

        options.ApiVersion = version;
        return AzureOpenAIClientFactory.CreateChatCompletionsClient(options, model, settings.HttpClient);
    }

    /// <summary><c>anthropic/</c>: the Messages API; key <c>ANTHROPIC_API_KEY</c>, base <c>ANTHROPIC_BASE_URL</c> (scheme, host and port, as Anthropic's SDKs read it).</summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient Anthropic(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new AnthropicResponsesClientOptions
        {
            ApiKey = settings.ApiKey ?? settings.FromEnvironment("ANTHROPIC_API_KEY"),
            Endpoint = settings.ApiBase ?? Parse(settings.FromEnvironment("ANTHROPIC_BASE_URL")) ?? AnthropicResponsesClientOptions.DefaultEndpoint,
            DefaultModel = model,
        };
        if (settings.ApiVersion is { Length: > 0 } version)
        {
            options.ApiVersion = version;
        }

        Copy(settings.Headers, options.Headers);
        return new AnthropicResponsesClient(options, settings.HttpClient);
    }

    /// <summary>A chat completions client for one of the <see cref="ChatCompletions"/> prefixes.</summary>
    /// <param name="defaults">The prefix's defaults.</param>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient ChatCompletionsClient(ChatCompletionsProviderDefaults defaults, string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(settings);
        Uri? apiBase = settings.ApiBase ?? Parse(settings.FromEnvironment([.. defaults.BaseVariables]));
        if (apiBase is not null && defaults.Prefix == "ollama" && apiBase.AbsolutePath.Trim('/').Length == 0)
        {
            // Ollama's own base (http://localhost:11434, as LiteLLM and Ollama's clients take it) serves the OpenAI API under /v1.
            apiBase = new Uri(apiBase, "/v1/");
        }

        var options = new ChatCompletionsResponsesClientOptions
        {
            Endpoint = OpenAIStyleBase(apiBase) ?? defaults.DefaultBase
                ?? throw new ArgumentException($"{defaults.Prefix}/ needs api_base (the server's OpenAI-compatible base URL, /v1 included){(defaults.BaseVariables.Count > 0 ? $" or {defaults.BaseVariables[0]}" : string.Empty)}.", nameof(settings)),
            ApiKey = settings.ApiKey ?? settings.FromEnvironment([.. defaults.KeyVariables]),
            DefaultModel = model,
            ProviderName = defaults.Prefix,
        };
        Copy(settings.Headers, options.Headers);
        return new ChatCompletionsResponsesClient(options, settings.HttpClient);
    }

    // OpenAI-style bases include /v1 and are used as given; the trailing slash makes relative paths append.
    private static Uri? OpenAIStyleBase(Uri? apiBase) =>
        apiBase is null ? null : apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");

    private static Uri? Parse(string? value) =>
        value is { Length: > 0 } && Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) ? uri : null;

    private static void Copy(IDictionary<string, string> from, IDictionary<string, string> to)
    {
        foreach (KeyValuePair<string, string> header in from)
        {
            to[header.Key] = header.Value;
        }
    }
}
