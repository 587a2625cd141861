using Responses.Providers.Anthropic;

namespace Responses.Providers.Gemini;

/// <summary>Claude models on Vertex AI, through the Anthropic provider's translation.</summary>
public static class VertexAnthropic
{
    /// <summary>
    /// Makes an Anthropic client that calls Claude on Vertex AI (<c>rawPredict</c> / <c>streamRawPredict</c>), authenticated
    /// with the token source of <paramref name="vertex"/>.
    /// </summary>
    /// <param name="vertex">The Vertex AI settings: project, location, endpoint override, token source.</param>
    /// <param name="configure">Sets the Anthropic options (default model, thinking budgets…); <c>ApiKey</c>, <c>Endpoint</c> and <c>ApiVersion</c> are not used.</param>
    /// <param name="httpClient">The HTTP client, or <see langword="null"/>.</param>
    /// <returns>The client.</returns>
    public static AnthropicResponsesClient CreateClient(GeminiResponsesClientOptions vertex, Action<AnthropicResponsesClientOptions>? configure = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        if (!vertex.IsVertex)
        {
            throw new ArgumentException("Claude on Vertex AI needs VertexProject.", nameof(vertex));
        }

        var options = new AnthropicResponsesClientOptions { ProviderName = vertex.ProviderName ?? "vertex_ai" };
        configure?.Invoke(options);
        return new AnthropicResponsesClient(options, httpClient, new VertexAnthropicTransport(vertex, options.ProviderName));
    }
}
