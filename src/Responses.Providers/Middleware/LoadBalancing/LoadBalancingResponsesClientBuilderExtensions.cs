using Responses.Providers.Middleware.LoadBalancing;

namespace Responses;

/// <summary>Builds pipelines over a <see cref="LoadBalancingResponsesClient"/>.</summary>
public static class LoadBalancingResponsesClientBuilderExtensions
{
    /// <summary>
    /// Starts a pipeline whose innermost client balances over the deployments; add <c>.UseRetry()</c> and
    /// <c>.UseFallback(…)</c> on the returned builder.
    /// </summary>
    /// <param name="deployments">The deployments of one model name.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder AsLoadBalancedBuilder(this IEnumerable<ResponsesDeployment> deployments, Action<LoadBalancingResponsesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        List<ResponsesDeployment> list = deployments.ToList();
        return new ResponsesClientBuilder(services =>
        {
            var options = new LoadBalancingResponsesClientOptions();
            configure?.Invoke(options);
            options.TimeProvider ??= services.GetService(typeof(TimeProvider)) as TimeProvider;
            return new LoadBalancingResponsesClient(list, options);
        });
    }
}
