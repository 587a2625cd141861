namespace Responses.Providers.Middleware.Telemetry;

/// <summary>Options of <see cref="OpenTelemetryResponsesClient"/>.</summary>
public sealed class OpenTelemetryOptions
{
    /// <summary>
    /// Whether the end user (<c>user</c>, else <c>safety_identifier</c>) becomes the <c>user.id</c> attribute of spans
    /// and metrics. Default <see langword="false"/>: user ids are personal data and unbounded metric cardinality.
    /// </summary>
    public bool IncludeUserId { get; set; }

    /// <summary>
    /// Whether the API key identity (<see cref="ResponsesCallContext.ApiKeyId"/>) becomes the
    /// <c>responses.api_key.id</c> attribute of spans and metrics (per-key dashboards). Default <see langword="false"/>.
    /// </summary>
    public bool IncludeApiKeyId { get; set; }

    /// <summary>Request metadata keys whose values become span attributes (<c>responses.metadata.{key}</c>); never metric tags.</summary>
    public ISet<string> MetadataTagKeys { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The clock durations are measured with, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
