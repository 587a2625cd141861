namespace Responses.Providers.OpenAI;

/// <summary>
/// Settings of <see cref="OpenAIResponsesClient"/>. The base URL makes it serve any server that speaks the
/// Responses API: OpenAI, Azure OpenAI's v1 endpoint, vLLM, Ollama, LM Studio, OpenRouter…
/// </summary>
public sealed class OpenAIResponsesClientOptions
{
    /// <summary>OpenAI's public endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1/");

    /// <summary>The API key (sent as <c>Authorization: Bearer</c>, or in <see cref="ApiKeyHeaderName"/>); <see langword="null"/> for servers without auth.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The base URL, ending before <c>/responses</c> (for example <c>https://api.openai.com/v1/</c> or <c>http://localhost:11434/v1/</c>).</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>
    /// The header that carries the key: <c>Authorization</c> (default, as <c>Bearer key</c>) or another name
    /// such as Azure's <c>api-key</c>, which carries the key as it is.
    /// </summary>
    public string ApiKeyHeaderName { get; set; } = "Authorization";

    /// <summary>The <c>OpenAI-Organization</c> header, when set.</summary>
    public string? Organization { get; set; }

    /// <summary>The <c>OpenAI-Project</c> header, when set.</summary>
    public string? Project { get; set; }

    /// <summary>The model used when a request names none.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>Extra headers sent with every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra query parameters sent with every request (for example Azure's <c>api-version</c>).</summary>
    public IDictionary<string, string> QueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The provider name reported in metadata and errors (default <c>openai</c>).</summary>
    public string ProviderName { get; set; } = "openai";
}
