namespace Responses.Providers.Middleware.Telemetry;

/// <summary>Options of <see cref="LoggingResponsesClient"/>.</summary>
public sealed class LoggingOptions
{
    /// <summary>
    /// Whether request input, instructions and response output are logged (at <c>Debug</c>, with secrets redacted).
    /// Default <see langword="false"/>: only summaries (model, id, status, tokens, cost, duration, user, metadata keys).
    /// </summary>
    public bool LogContent { get; set; }

    /// <summary>Whether the values of request metadata are logged, not only its keys. Default <see langword="false"/>.</summary>
    public bool LogMetadataValues { get; set; }

    /// <summary>The clock durations are measured with, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
