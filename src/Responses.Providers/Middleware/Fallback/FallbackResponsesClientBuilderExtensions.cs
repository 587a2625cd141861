using Responses.Providers.Middleware.Fallback;

namespace Responses;

/// <summary>Adds the fallback middleware to a pipeline.</summary>
public static class FallbackResponsesClientBuilderExtensions
{
    /// <summary>Adds <see cref="FallbackResponsesClient"/>: ordered alternatives tried when the call fails with a configured failure class.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adds the targets and changes the options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseFallback(this ResponsesClientBuilder builder, Action<FallbackResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return builder.Use(inner =>
        {
            var options = new FallbackResponsesClientOptions();
            configure(options);
            return new FallbackResponsesClient(inner, options);
        });
    }

    /// <summary>Adds <see cref="FallbackResponsesClient"/> with the given targets (default options otherwise).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="fallbacks">The targets, in order.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseFallback(this ResponsesClientBuilder builder, params FallbackTarget[] fallbacks)
    {
        ArgumentNullException.ThrowIfNull(fallbacks);
        return builder.UseFallback(options => options.Fallbacks = [.. fallbacks]);
    }
}
