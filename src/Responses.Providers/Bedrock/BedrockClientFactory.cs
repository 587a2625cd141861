using Responses.Providers.Anthropic;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Makes Bedrock clients from a model string, for routing by prefix (<c>bedrock/…</c>, as in LiteLLM):
/// <c>bedrock/{model}</c> and <c>bedrock/converse/{model}</c> use the Converse API; <c>bedrock/invoke/{model}</c>
/// uses InvokeModel with the Anthropic Messages body (Claude models only). The factory that routes prefixes to
/// clients can register <see cref="Create(string, BedrockResponsesClientOptions, HttpClient?)"/> for the <c>bedrock/</c> prefix.
/// </summary>
public static class BedrockClientFactory
{
    /// <summary>The routing prefix.</summary>
    public const string Prefix = "bedrock/";

    /// <summary>Makes the client for a model string and LiteLLM-style settings (see <see cref="BedrockResponsesClientOptions.FromSettings"/>).</summary>
    /// <param name="model">The model, with or without the <c>bedrock/</c> prefix.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="httpClient">The HTTP client, or <see langword="null"/> for one the client owns.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient Create(string model, IReadOnlyDictionary<string, string?> settings, HttpClient? httpClient = null) =>
        Create(model, BedrockResponsesClientOptions.FromSettings(settings), httpClient);

    /// <summary>Makes the client for a model string.</summary>
    /// <param name="model">The model, with or without the <c>bedrock/</c> prefix (for example <c>bedrock/invoke/us.anthropic.claude-sonnet-4-20250514-v1:0</c>).</param>
    /// <param name="settings">Region, endpoint, credentials… (copied; the copy's <see cref="BedrockResponsesClientOptions.DefaultModel"/> is the model).</param>
    /// <param name="httpClient">The HTTP client, or <see langword="null"/> for one the client owns.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient Create(string model, BedrockResponsesClientOptions settings, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(settings);
        string name = model.StartsWith(Prefix, StringComparison.Ordinal) ? model[Prefix.Length..] : model;

        // The caller's settings may serve several models: each client gets its own copy.
        settings = settings.Clone();
        if (name.StartsWith("invoke/", StringComparison.Ordinal))
        {
            settings.DefaultModel = name["invoke/".Length..];
            return CreateAnthropic(settings, httpClient);
        }

        settings.DefaultModel = name.StartsWith("converse/", StringComparison.Ordinal) ? name["converse/".Length..] : name;
        return new BedrockResponsesClient(settings, httpClient);
    }

    /// <summary>
    /// A client for Claude on Bedrock through InvokeModel: the Anthropic provider's full translation (thinking,
    /// structured outputs, citations, prompt caching…) with Bedrock's URL, authentication and event-stream framing.
    /// </summary>
    /// <param name="settings">The Bedrock settings (region, endpoint, credentials, default model).</param>
    /// <param name="httpClient">The HTTP client, or <see langword="null"/> for one the client owns.</param>
    /// <param name="configureAnthropic">Adjusts the Anthropic settings (thinking budgets, default max tokens…); the endpoint and API key are not used.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient CreateAnthropic(BedrockResponsesClientOptions settings, HttpClient? httpClient = null, Action<AnthropicResponsesClientOptions>? configureAnthropic = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var anthropic = new AnthropicResponsesClientOptions { DefaultModel = settings.DefaultModel, ProviderName = settings.ProviderName };
        configureAnthropic?.Invoke(anthropic);
        return new AnthropicResponsesClient(anthropic, httpClient, new BedrockAnthropicTransport(settings));
    }
}
