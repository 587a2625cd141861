using System.Globalization;
using Responses.Providers.Routing;

namespace Responses.Gateway;

/// <summary>The pipelines of the configured deployments, by model_name, over one shared store.</summary>
internal sealed class GatewayPipelines : IDisposable
{
    private readonly List<(Deployment Deployment, IResponsesClient Client)> _pipelines = [];

    /// <summary>Builds one pipeline per deployment: provider, then the state middleware over the shared store.</summary>
    /// <param name="config">The validated config.</param>
    /// <param name="store">The store shared by every pipeline.</param>
    /// <param name="factory">Builds the providers (default: <see cref="ResponsesProviderFactory.CreateDefault"/>).</param>
    /// <param name="wrapProvider">
    /// Wraps each provider before the state middleware: the seam where the routing/retry and budget middleware will be
    /// composed (tests use it to inject failures).
    /// </param>
    public GatewayPipelines(GatewayConfig config, IResponseStore store, ResponsesProviderFactory? factory = null, Func<IResponsesClient, IResponsesClient>? wrapProvider = null)
    {
        factory ??= ResponsesProviderFactory.CreateDefault();
        for (int i = 0; i < config.Deployments.Count; i++)
        {
            Deployment deployment = config.Deployments[i];
            IResponsesClient provider;
            try
            {
                provider = factory.Create(deployment.Model, deployment.Settings);
            }
            catch (ArgumentException e)
            {
                throw new GatewayConfigException(string.Create(CultureInfo.InvariantCulture,
                    $"Config error: 'model_list[{i}].litellm_params.model' (line {deployment.Line}): {e.Message}"));
            }

            if (wrapProvider is not null)
            {
                provider = wrapProvider(provider);
            }

            _pipelines.Add((deployment, provider.AsBuilder().UseResponseStore(store).Build()));
        }
    }

    public IEnumerable<string> ModelNames => _pipelines.Select(p => p.Deployment.ModelName).Distinct(StringComparer.Ordinal);

    /// <summary>All deployments, in config order.</summary>
    public IEnumerable<Deployment> Deployments => _pipelines.Select(p => p.Deployment);

    /// <summary>Any pipeline: they share the store, so each can read, delete and cancel every stored response.</summary>
    public IResponsesClient Default => _pipelines[0].Client;

    /// <summary>
    /// The deployment serving a model name: the first exact model_name, else the first matching wildcard
    /// (<c>openai/*</c>, then <c>*</c>, in config order). No load balancing across deployments yet: the routing
    /// middleware will take the whole candidate list (see docs/gateway.md).
    /// </summary>
    public (Deployment Deployment, IResponsesClient Client)? Find(string? modelName)
    {
        if (string.IsNullOrEmpty(modelName))
        {
            return null;
        }

        foreach ((Deployment Deployment, IResponsesClient Client) p in _pipelines)
        {
            if (!p.Deployment.IsWildcard && p.Deployment.Matches(modelName))
            {
                return p;
            }
        }

        foreach ((Deployment Deployment, IResponsesClient Client) p in _pipelines.Where(p => p.Deployment.IsWildcard).OrderBy(p => p.Deployment.ModelName == "*"))
        {
            if (p.Deployment.Matches(modelName))
            {
                return p;
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach ((_, IResponsesClient client) in _pipelines)
        {
            client.Dispose();
        }
    }
}
