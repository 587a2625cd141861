using Responses.Providers.Middleware.Retry;

namespace Responses;

/// <summary>Adds the retry middleware to a pipeline.</summary>
public static class RetryResponsesClientBuilderExtensions
{
    /// <summary>Adds <see cref="RetryResponsesClient"/>: exponential back-off with jitter, <c>Retry-After</c>, and streams retried only before they commit.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <remarks>When no <see cref="RetryResponsesClientOptions.TimeProvider"/> is set, a <see cref="TimeProvider"/> service is used if registered.</remarks>
    public static ResponsesClientBuilder UseRetry(this ResponsesClientBuilder builder, Action<RetryResponsesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var options = new RetryResponsesClientOptions();
            configure?.Invoke(options);
            options.TimeProvider ??= services.GetService(typeof(TimeProvider)) as TimeProvider;
            return new RetryResponsesClient(inner, options);
        });
    }

    /// <summary>Adds <see cref="RetryResponsesClient"/> with the given options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseRetry(this ResponsesClientBuilder builder, RetryResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.Use(inner => new RetryResponsesClient(inner, options));
    }
}
