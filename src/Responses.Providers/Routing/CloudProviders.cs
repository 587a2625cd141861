using Responses.Providers.Bedrock;
using Responses.Providers.Gemini;

namespace Responses.Providers.Routing;

/// <summary>The cloud providers the prefix router builds: <c>gemini/</c>, <c>vertex_ai/</c> and <c>bedrock/</c>.</summary>
public static class CloudProviders
{
    /// <summary>Registers <c>gemini</c>, <c>vertex_ai</c> and <c>bedrock</c> on a factory.</summary>
    /// <param name="factory">The factory.</param>
    public static void RegisterAll(ResponsesProviderFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.Register("gemini", Gemini);
        factory.Register("vertex_ai", VertexAi);
        factory.Register("bedrock", Bedrock);
    }

    /// <summary><c>gemini/</c>: the Gemini API; key <c>GEMINI_API_KEY</c> (or <c>GOOGLE_API_KEY</c>), base scheme+host+port.</summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient Gemini(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        GeminiResponsesClientOptions options = Options(settings);
        options.ApiKey = settings.ApiKey ?? settings.FromEnvironment("GEMINI_API_KEY", "GOOGLE_API_KEY");
        return GeminiResponsesClient.Create("gemini/" + model, options, settings.HttpClient);
    }

    /// <summary>
    /// <c>vertex_ai/</c>: Gemini on Vertex AI; project <c>vertex_project</c> or <c>VERTEXAI_PROJECT</c>, location
    /// <c>vertex_location</c> or <c>VERTEXAI_LOCATION</c> (default <c>global</c>), credentials <c>vertex_credentials</c>
    /// (service-account JSON or a path to it), else Application Default Credentials. <c>vertex_ai/claude-…</c> is Claude on Vertex AI.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient VertexAi(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        GeminiResponsesClientOptions options = Options(settings);
        options.VertexProject = Parameter(settings, "vertex_project") ?? settings.FromEnvironment("VERTEXAI_PROJECT", "GOOGLE_CLOUD_PROJECT")
            ?? throw new ArgumentException("vertex_ai/ needs vertex_project or VERTEXAI_PROJECT.", nameof(settings));
        options.VertexLocation = Parameter(settings, "vertex_location") ?? settings.FromEnvironment("VERTEXAI_LOCATION") ?? options.VertexLocation;
        string? credentials = Parameter(settings, "vertex_credentials") ?? settings.FromEnvironment("VERTEXAI_CREDENTIALS");
        options.TokenSource = credentials is null
            ? new ApplicationDefaultTokenSource()
            : GoogleCredentialTokenSource.FromServiceAccountJson(credentials.TrimStart().StartsWith('{') ? credentials : File.ReadAllText(credentials));
        if (model.StartsWith("claude", StringComparison.Ordinal))
        {
            // LiteLLM's vertex_ai/claude-… is Claude on Vertex AI (rawPredict), through the Anthropic translation.
            return VertexAnthropic.CreateClient(options, anthropic => anthropic.DefaultModel = model, settings.HttpClient);
        }

        return GeminiResponsesClient.Create("vertex_ai/" + model, options, settings.HttpClient);
    }

    /// <summary>
    /// <c>bedrock/</c>: Converse (or <c>bedrock/invoke/</c> for Claude through InvokeModel); region <c>aws_region_name</c>
    /// or the AWS environment, credentials from the AWS credential chain, <c>aws_access_key_id</c>/<c>aws_secret_access_key</c>,
    /// or a Bedrock API key (<c>api_key</c>, <c>AWS_BEARER_TOKEN_BEDROCK</c>); base <c>api_base</c> or <c>aws_bedrock_runtime_endpoint</c>.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The client.</returns>
    public static IResponsesClient Bedrock(string model, ProviderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var values = new Dictionary<string, string?>(settings.Parameters, StringComparer.Ordinal)
        {
            ["api_key"] = settings.ApiKey ?? Parameter(settings, "api_key"),
            ["api_base"] = settings.ApiBase?.ToString() ?? Parameter(settings, "api_base"),
        };
        return BedrockClientFactory.Create(model, values, settings.HttpClient);
    }

    private static GeminiResponsesClientOptions Options(ProviderSettings settings)
    {
        var options = new GeminiResponsesClientOptions { Endpoint = settings.ApiBase };
        foreach (KeyValuePair<string, string> header in settings.Headers)
        {
            options.Headers[header.Key] = header.Value;
        }

        return options;
    }

    private static string? Parameter(ProviderSettings settings, string name) =>
        settings.Parameters.TryGetValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
}
