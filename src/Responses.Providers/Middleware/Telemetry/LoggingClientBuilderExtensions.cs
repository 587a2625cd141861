using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Responses.Providers.Middleware.Telemetry;

namespace Responses;

/// <summary>Adds the logging middleware to a pipeline.</summary>
public static class LoggingClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="LoggingResponsesClient"/>: request and response summaries with secrets redacted; message
    /// content only when <see cref="LoggingOptions.LogContent"/> is set.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="loggerFactory">The logger factory; <see langword="null"/> to use the <see cref="ILoggerFactory"/> service (nothing is logged without one).</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseLogging(this ResponsesClientBuilder builder, ILoggerFactory? loggerFactory = null, Action<LoggingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var options = new LoggingOptions();
            configure?.Invoke(options);
            ILoggerFactory factory = loggerFactory ?? services.GetService(typeof(ILoggerFactory)) as ILoggerFactory ?? NullLoggerFactory.Instance;
            return new LoggingResponsesClient(inner, factory.CreateLogger<LoggingResponsesClient>(), options);
        });
    }
}
