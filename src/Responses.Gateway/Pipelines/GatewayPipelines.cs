using System.Globalization;
using Responses.Gateway.Keys;
using Responses.Gateway.Pipelines;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Routing;

namespace Responses.Gateway;

/// <summary>
/// The gateway's clients: per <c>model_name</c> a <see cref="ModelGroup"/> (deployments balanced, retried, priced,
/// falling back: <see cref="ModelPipelineFactory"/>), and one shared pipeline over all of them, outermost first:
/// OpenTelemetry → logging → store → budgets → the model's pipeline (docs/gateway.md, "Pipeline").
/// </summary>
internal sealed class GatewayPipelines : IDisposable
{
    private readonly List<ModelGroup> _groups = [];
    private readonly Dictionary<string, Deployment> _byId = new(StringComparer.Ordinal);
    private int _disposed;

    /// <summary>Builds every pipeline over an in-memory ledger and key store (for tests of the config alone).</summary>
    /// <param name="config">The validated config.</param>
    /// <param name="store">The store shared by every pipeline.</param>
    public GatewayPipelines(GatewayConfig config, IResponseStore store)
        : this(config, store, new GatewayPipelineOptions { Ledger = new InMemorySpendLedger(), Keys = new InMemoryVirtualKeyStore() })
    {
    }

    /// <summary>Builds every pipeline; an unknown provider or a duplicate <c>model_info.id</c> is a config error.</summary>
    /// <param name="config">The validated config.</param>
    /// <param name="store">The store shared by every pipeline.</param>
    /// <param name="options">The ledger, keys, clock, random source, logger factory and test seams.</param>
    public GatewayPipelines(GatewayConfig config, IResponseStore store, GatewayPipelineOptions options)
    {
        ResponsesProviderFactory factory = options.Factory ?? ResponsesProviderFactory.CreateDefault();
        var deployments = new Dictionary<string, List<ResponsesDeployment>>(StringComparer.Ordinal);
        var ids = new Dictionary<string, List<(string, Deployment)>>(StringComparer.Ordinal);
        IReadOnlyList<string> secrets = SecretRedactingClient.SecretsOf(config);
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

            if (options.WrapProvider is not null)
            {
                provider = options.WrapProvider(provider);
            }

            provider = new SecretRedactingClient(provider, secrets);

            if (!ids.TryGetValue(deployment.ModelName, out List<(string, Deployment)>? group))
            {
                ids[deployment.ModelName] = group = [];
                deployments[deployment.ModelName] = [];
            }

            string id = deployment.Info.Id ?? string.Create(CultureInfo.InvariantCulture, $"{deployment.ModelName}-{group.Count + 1}");
            if (!_byId.TryAdd(id, deployment))
            {
                throw new GatewayConfigException(string.Create(CultureInfo.InvariantCulture,
                    $"Config error: 'model_list[{i}].model_info.id' (line {deployment.Line}): the deployment id '{id}' is used twice."));
            }

            group.Add((id, deployment));
            deployments[deployment.ModelName].Add(ModelPipelineFactory.CreateDeployment(id, deployment, provider, options));
        }

        foreach ((string name, List<(string, Deployment)> group) in ids)
        {
            _groups.Add(new ModelGroup(name, group) { Core = ModelPipelineFactory.CreateCore(deployments[name], config.Router, options) });
        }

        foreach (ModelGroup group in _groups)
        {
            group.Pipeline = ModelPipelineFactory.CreatePipeline(group, config.Router, Find, config.McpServerUrlAllowlist);
        }

        Default = new ModelRouterClient(Find, _groups[0].Pipeline).AsBuilder()
            .UseOpenTelemetry(configure: o => o.TimeProvider = options.Time)
            .UseLogging(options.LoggerFactory)
            .UseResponseStore(store)
            .UseBudgets(o =>
            {
                o.LimitsProvider = new VirtualKeyBudgetLimits(options.Keys);
                o.Ledger = options.Ledger;
                o.TimeProvider = options.Time;
            })
            .Build();
    }

    public IEnumerable<string> ModelNames => _groups.Select(g => g.Name);

    /// <summary>All deployments, in config order.</summary>
    public IEnumerable<Deployment> Deployments => _byId.Values;

    /// <summary>
    /// The gateway's one public pipeline (telemetry, logging, store, budgets over every model name): creates go to the
    /// model named in the request, reads by id are answered by the store.
    /// </summary>
    public IResponsesClient Default { get; }

    /// <summary>The deployment with an id (as reported in <c>x-responses-served-by</c>), or <see langword="null"/>.</summary>
    public Deployment? DeploymentById(string? id) => id is not null && _byId.TryGetValue(id, out Deployment? d) ? d : null;

    /// <summary>
    /// The model group serving a model name: the exact model_name, else the first matching <c>prefix/*</c>
    /// wildcard, else <c>*</c> (in config order).
    /// </summary>
    public ModelGroup? Find(string? modelName)
    {
        if (string.IsNullOrEmpty(modelName))
        {
            return null;
        }

        return _groups.FirstOrDefault(g => !g.IsWildcard && g.Matches(modelName))
            ?? _groups.Where(g => g.IsWildcard).OrderBy(g => g.Name == "*").FirstOrDefault(g => g.Matches(modelName));
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // The shared pipeline ends in the router, whose inner client is the first group's pipeline (disposed with it);
        // a fallback layer does not own its targets; a core owns its deployments and their providers.
        Default.Dispose();
        foreach (ModelGroup group in _groups.Skip(1))
        {
            group.Pipeline.Dispose();
        }
    }
}
