namespace Responses.Providers.Routing;

/// <summary>
/// The settings that come with a LiteLLM-style model string (<c>api_key</c>, <c>api_base</c>, <c>api_version</c>, extra
/// headers). Anything left <see langword="null"/> falls back to the provider's environment variable, then its default.
/// </summary>
public sealed class ProviderSettings
{
    /// <summary>The API key (<c>api_key</c>); else the provider's environment variable (<c>OPENAI_API_KEY</c>, <c>GROQ_API_KEY</c>…).</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The endpoint (<c>api_base</c>), read the way each official SDK reads its base URL: OpenAI-style bases include
    /// <c>/v1</c> (<c>http://localhost:8000/v1</c>); Anthropic's is scheme, host and port (<c>https://api.anthropic.com</c>);
    /// Azure's is the resource URL.
    /// </summary>
    public Uri? ApiBase { get; set; }

    /// <summary>The API version (<c>api_version</c>): Azure's <c>api-version</c>, or Anthropic's <c>anthropic-version</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Extra headers sent with every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The HTTP client the provider uses (for example from <c>IHttpClientFactory</c>); the provider makes its own when <see langword="null"/>.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Provider-specific settings by their LiteLLM names (<c>aws_region_name</c>, <c>vertex_project</c>, <c>vertex_location</c>, <c>vertex_credentials</c>…).</summary>
    public IDictionary<string, string?> Parameters { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Reads an environment variable (default <see cref="Environment.GetEnvironmentVariable(string)"/>; replace it in tests or to read configuration).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The first non-empty value among the given environment variables.</summary>
    /// <param name="names">The variable names, in order of preference.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? FromEnvironment(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (string name in names)
        {
            if (GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
