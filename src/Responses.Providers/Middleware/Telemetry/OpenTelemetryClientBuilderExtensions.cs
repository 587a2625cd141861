using Responses.Providers.Middleware.Telemetry;

namespace Responses;

/// <summary>Adds the OpenTelemetry middleware to a pipeline.</summary>
public static class OpenTelemetryClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="OpenTelemetryResponsesClient"/>: GenAI semantic-convention spans and metrics on an
    /// <c>ActivitySource</c> and <c>Meter</c> named <paramref name="sourceName"/> (default <see cref="ResponsesTelemetry.DefaultSourceName"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="sourceName">The source and meter name, or <see langword="null"/> for <c>"Responses"</c>.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseOpenTelemetry(this ResponsesClientBuilder builder, string? sourceName = null, Action<OpenTelemetryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner =>
        {
            var options = new OpenTelemetryOptions();
            configure?.Invoke(options);
            return new OpenTelemetryResponsesClient(inner, sourceName, options);
        });
    }
}
