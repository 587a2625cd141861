namespace Responses.Providers.Middleware.Telemetry;

/// <summary>
/// The names <see cref="OpenTelemetryResponsesClient"/> emits: its default <c>ActivitySource</c>/<c>Meter</c> name,
/// the GenAI semantic-convention metric and attribute names (the same as Microsoft.Extensions.AI's
/// <c>OpenTelemetryChatClient</c>), and this library's own cost metric. Subscribe with
/// <c>AddSource(ResponsesTelemetry.DefaultSourceName)</c> and <c>AddMeter(ResponsesTelemetry.DefaultSourceName)</c>.
/// </summary>
public static class ResponsesTelemetry
{
    /// <summary>The default <c>ActivitySource</c> and <c>Meter</c> name.</summary>
    public const string DefaultSourceName = "Responses";

    /// <summary>The <c>gen_ai.operation.name</c> of a Responses create call (the semantic conventions' name for chat-style generation).</summary>
    public const string ChatOperationName = "chat";

    /// <summary>Histogram (s): duration of a create call, streams until their last event.</summary>
    public const string OperationDurationMetric = "gen_ai.client.operation.duration";

    /// <summary>Histogram ({token}): input and output tokens per call, told apart by <c>gen_ai.token.type</c>.</summary>
    public const string TokenUsageMetric = "gen_ai.client.token.usage";

    /// <summary>Histogram (s): time from the start of a streaming call to its first event.</summary>
    public const string TimeToFirstChunkMetric = "gen_ai.client.operation.time_to_first_chunk";

    /// <summary>Counter (USD): <c>usage.cost.total_cost</c> of priced responses. Not a semantic convention: this library's own.</summary>
    public const string CostMetric = "responses.client.cost";

    /// <summary>Span and metric attribute: the API key identity (opt-in, <see cref="OpenTelemetryOptions.IncludeApiKeyId"/>).</summary>
    public const string ApiKeyIdAttribute = "responses.api_key.id";

    /// <summary>Span and metric attribute: the end user (opt-in, <see cref="OpenTelemetryOptions.IncludeUserId"/>).</summary>
    public const string UserIdAttribute = "user.id";

    /// <summary>Span attribute: <c>usage.cost.total_cost</c> in US dollars.</summary>
    public const string CostAttribute = "responses.usage.cost";

    /// <summary>Span attribute prefix of the metadata values listed in <see cref="OpenTelemetryOptions.MetadataTagKeys"/>.</summary>
    public const string MetadataAttributePrefix = "responses.metadata.";

    /// <summary>Bucket boundaries (s) of the duration histograms, as the semantic conventions advise.</summary>
    public static IReadOnlyList<double> DurationBuckets { get; } = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

    /// <summary>Bucket boundaries of the token histogram, as the semantic conventions advise.</summary>
    public static IReadOnlyList<int> TokenBuckets { get; } = [1, 4, 16, 64, 256, 1_024, 4_096, 16_384, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216, 67_108_864];

    /// <summary>The semantic conventions' <c>gen_ai.provider.name</c> for this library's provider names (others pass through).</summary>
    /// <param name="providerName">The provider name from <see cref="ResponsesClientMetadata"/>.</param>
    /// <returns>The attribute value.</returns>
    public static string? ToSemanticProviderName(string? providerName) => providerName?.ToLowerInvariant() switch
    {
        null => null,
        "gemini" or "google" => "gcp.gemini",
        "vertex" or "vertex_ai" or "vertexai" => "gcp.vertex_ai",
        "bedrock" => "aws.bedrock",
        "azure" or "azure_openai" => "azure.ai.openai",
        string other => other,
    };
}
