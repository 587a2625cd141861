namespace Responses.Providers.Azure;

/// <summary>Settings of an Azure OpenAI resource, for <see cref="AzureOpenAIClientFactory"/>.</summary>
public sealed class AzureOpenAIClientOptions
{
    /// <summary>The resource URL, for example <c>https://my-resource.openai.azure.com/</c> (a URL ending in <c>/openai/v1/</c> is accepted too).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key, sent as <c>api-key</c>; leave <see langword="null"/> when <see cref="TokenProvider"/> is set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Returns a Microsoft Entra ID access token (scope <c>https://cognitiveservices.azure.com/.default</c>), sent as
    /// <c>Authorization: Bearer</c>; for example <c>ct => new ValueTask&lt;string&gt;(credential.GetTokenAsync(...))</c> with
    /// Azure.Identity. It is called for every request and should cache.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? TokenProvider { get; set; }

    /// <summary>The deployment used when a request names no model.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>The <c>api-version</c> of legacy deployment URLs (chat completions), for example <c>2024-10-21</c>.</summary>
    public string ApiVersion { get; set; } = "2024-10-21";

    /// <summary>Extra headers sent with every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The provider name reported in metadata and errors (default <c>azure</c>).</summary>
    public string ProviderName { get; set; } = "azure";
}
