namespace Responses.Providers.Gemini;

/// <summary>
/// The URLs of <c>generateContent</c>: AI Studio (<c>{base}/v1beta/models/{model}:…</c>) and Vertex AI
/// (<c>{base}/v1/projects/{project}/locations/{location}/publishers/{publisher}/models/{model}:…</c>, on
/// <c>{location}-aiplatform.googleapis.com</c> or, for <c>global</c>, <c>aiplatform.googleapis.com</c>).
/// </summary>
public static class GeminiEndpoints
{
    /// <summary>The base URL the options point at (the default for the backend when <see cref="GeminiResponsesClientOptions.Endpoint"/> is not set).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The base URL, ending with <c>/</c>.</returns>
    public static Uri BaseUri(GeminiResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string endpoint = options.Endpoint?.ToString()
            ?? (!options.IsVertex ? GeminiResponsesClientOptions.DefaultEndpoint.ToString()
            : options.VertexLocation == "global" ? "https://aiplatform.googleapis.com/"
            : $"https://{options.VertexLocation}-aiplatform.googleapis.com/");
        return new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
    }

    /// <summary>The URL of a model method.</summary>
    /// <param name="options">The options.</param>
    /// <param name="model">The model (for Vertex AI, <c>publisher/model</c> picks another publisher, e.g. <c>anthropic/claude-…</c>).</param>
    /// <param name="method">The method, for example <c>generateContent</c>, <c>streamGenerateContent?alt=sse</c> or <c>rawPredict</c>.</param>
    /// <returns>The URL.</returns>
    public static Uri ModelMethod(GeminiResponsesClientOptions options, string model, string method)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentException.ThrowIfNullOrEmpty(method);
        Uri baseUri = BaseUri(options);
        if (!options.IsVertex)
        {
            return new Uri(baseUri, $"{options.ApiVersion}/models/{Segment(model)}:{method}");
        }

        int slash = model.IndexOf('/', StringComparison.Ordinal);
        string publisher = slash > 0 ? model[..slash] : "google";
        string name = slash > 0 ? model[(slash + 1)..] : model;
        return new Uri(baseUri, $"v1/projects/{Uri.EscapeDataString(options.VertexProject!)}/locations/{Uri.EscapeDataString(options.VertexLocation)}/publishers/{Uri.EscapeDataString(publisher)}/models/{Segment(name)}:{method}");
    }

    // Vertex model versions use '@' (claude-sonnet-4-5@20250929), which is valid in a path segment.
    private static string Segment(string value) => Uri.EscapeDataString(value).Replace("%40", "@", StringComparison.Ordinal);
}
