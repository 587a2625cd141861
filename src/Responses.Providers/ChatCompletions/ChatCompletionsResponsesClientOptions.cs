namespace Responses.Providers.ChatCompletions;

/// <summary>
/// Settings of <see cref="ChatCompletionsResponsesClient"/>: any server with an OpenAI-compatible
/// <c>POST {Endpoint}/chat/completions</c> (OpenAI, vLLM, Ollama, Groq, Mistral, DeepSeek, Together, OpenRouter, xAI,
/// Azure OpenAI deployments…).
/// </summary>
public sealed class ChatCompletionsResponsesClientOptions
{
    /// <summary>OpenAI's public endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1/");

    /// <summary>The API key (sent as <c>Authorization: Bearer</c>, or in <see cref="ApiKeyHeaderName"/>); <see langword="null"/> for servers without auth.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The base URL, <c>/v1</c> included, ending before <c>chat/completions</c> (for example <c>http://localhost:8000/v1/</c>).</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>The path after <see cref="Endpoint"/> (default <c>chat/completions</c>; Azure deployments use <c>deployments/{name}/chat/completions</c>).</summary>
    public string ChatCompletionsPath { get; set; } = "chat/completions";

    /// <summary>The header that carries the key: <c>Authorization</c> (default, as <c>Bearer key</c>) or another name such as Azure's <c>api-key</c>.</summary>
    public string ApiKeyHeaderName { get; set; } = "Authorization";

    /// <summary>The model used when a request names none.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>
    /// Send <c>max_output_tokens</c> as the legacy <c>max_tokens</c> instead of <c>max_completion_tokens</c>
    /// (default <see langword="false"/>): for servers that predate <c>max_completion_tokens</c>. OpenAI's reasoning models reject <c>max_tokens</c>.
    /// </summary>
    public bool UseLegacyMaxTokens { get; set; }

    /// <summary>
    /// Ask for token usage in streams with <c>stream_options: {"include_usage": true}</c> (default <see langword="true"/>);
    /// turn off for servers that reject <c>stream_options</c>.
    /// </summary>
    public bool IncludeStreamUsage { get; set; } = true;

    /// <summary>
    /// Send the summary text of input reasoning items back as <c>reasoning_content</c> on the assistant message that
    /// follows them (default <see langword="false"/>: reasoning items are dropped). For servers that want the reasoning of
    /// earlier tool-calling turns back, such as DeepSeek's thinking mode.
    /// </summary>
    public bool SendReasoningContent { get; set; }

    /// <summary>Send <c>reasoning.effort</c> as <c>reasoning_effort</c> (default <see langword="true"/>); turn off for servers that reject it.</summary>
    public bool SendReasoningEffort { get; set; } = true;

    /// <summary>Extra headers sent with every request (they replace headers of the same name).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra query parameters sent with every request (for example Azure's <c>api-version</c>).</summary>
    public IDictionary<string, string> QueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The provider name reported in metadata and errors (default <c>openai_compatible</c>).</summary>
    public string ProviderName { get; set; } = "openai_compatible";
}
