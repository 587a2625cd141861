namespace Responses.Providers.Gemini;

/// <summary>
/// Settings of <see cref="GeminiResponsesClient"/>. Without <see cref="VertexProject"/> the client calls the Gemini
/// API (AI Studio) with <see cref="ApiKey"/>; with it, Vertex AI with a bearer token from <see cref="TokenSource"/>.
/// </summary>
public sealed class GeminiResponsesClientOptions
{
    /// <summary>The Gemini API (AI Studio) endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://generativelanguage.googleapis.com/");

    /// <summary>The API key, sent as <c>x-goog-api-key</c> (AI Studio, or Vertex AI express mode when no token source is set).</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL (scheme, host and port; a path is kept as a prefix). <see langword="null"/> picks
    /// <see cref="DefaultEndpoint"/> for AI Studio, <c>https://{location}-aiplatform.googleapis.com/</c> for a Vertex AI
    /// region and <c>https://aiplatform.googleapis.com/</c> for the Vertex AI <c>global</c> location.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The AI Studio API version (default <c>v1beta</c>).</summary>
    public string ApiVersion { get; set; } = "v1beta";

    /// <summary>The Google Cloud project; setting it switches the client to Vertex AI.</summary>
    public string? VertexProject { get; set; }

    /// <summary>The Vertex AI location (default <c>global</c>), for example <c>us-central1</c>.</summary>
    public string VertexLocation { get; set; } = "global";

    /// <summary>
    /// Where Vertex AI bearer tokens come from, for example <see cref="GoogleCredentialTokenSource.FromApplicationDefaultAsync"/>;
    /// <see langword="null"/> sends no <c>Authorization</c> header (for gateways that add it, or API-key express mode).
    /// </summary>
    public IGoogleAccessTokenSource? TokenSource { get; set; }

    /// <summary>The model used when a request names none (for example <c>gemini-2.5-flash</c>).</summary>
    public string? DefaultModel { get; set; }

    /// <summary>
    /// The <c>thinkingBudget</c> of each <c>reasoning.effort</c> for models that take a budget (Gemini 2.5 and
    /// earlier); Gemini 3 models get a <c>thinkingLevel</c> instead. Defaults to <see cref="GeminiThinking.Budgets"/>.
    /// </summary>
    public IDictionary<string, int> ThinkingBudgets { get; } = new Dictionary<string, int>(GeminiThinking.Budgets, StringComparer.Ordinal);

    /// <summary>
    /// Sends function schemas as <c>parameters</c> (Gemini's OpenAPI subset, with unsupported keywords removed) instead of
    /// <c>parametersJsonSchema</c> (full JSON Schema). Needed only for older models or endpoints without JSON Schema support.
    /// </summary>
    public bool UseOpenApiSchemaSubset { get; set; }

    /// <summary>Extra headers sent with every request (they replace headers of the same name).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The provider name reported in metadata and errors; <see langword="null"/> gives <c>gemini</c> or <c>vertex_ai</c>.</summary>
    public string? ProviderName { get; set; }

    internal bool IsVertex => VertexProject is { Length: > 0 };

    internal string EffectiveProviderName => ProviderName ?? (IsVertex ? "vertex_ai" : "gemini");
}
