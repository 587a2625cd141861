using Responses.Gateway.Configuration;
using Responses.Providers.Middleware.Cost;
using Responses.Providers.Middleware.Fallback;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Middleware.Retry;

namespace Responses.Gateway.Pipelines;

/// <summary>
/// Builds the clients of one <c>model_name</c> from config.yaml, as docs/middleware/resilience.md maps LiteLLM's settings:
/// <list type="bullet">
/// <item>each deployment: provider → model mapping → its own retry when it sets <c>max_retries</c>, <c>timeout</c> or
/// <c>stream_timeout</c> (LiteLLM gives these to the provider client) → cost (<c>model_info</c> prices, shared ledger);</item>
/// <item>core: the deployments balanced (<c>routing_strategy</c>, <c>weight</c>, <c>rpm</c>, <c>tpm</c>,
/// <c>allowed_fails</c>, <c>cooldown_time</c>) → retried (<c>num_retries</c>, <c>retry_after</c>, <c>timeout</c>);</item>
/// <item>pipeline: the core → fallbacks to other model names' cores (<c>fallbacks</c>, <c>context_window_fallbacks</c>,
/// <c>content_policy_fallbacks</c>, <c>default_fallbacks</c>, and the request's <c>fallbacks</c> field).</item>
/// </list>
/// </summary>
internal static class ModelPipelineFactory
{
    /// <summary>One deployment as the load balancer sees it.</summary>
    public static ResponsesDeployment CreateDeployment(string id, Deployment deployment, IResponsesClient provider, GatewayPipelineOptions options)
    {
        DeploymentLimits limits = deployment.Limits;
        IResponsesClient client = new DeploymentModelClient(provider, deployment);
        if (limits.MaxRetries is not null || limits.Timeout is not null || limits.StreamTimeout is not null)
        {
            // LiteLLM hands max_retries and timeout (stream_timeout for streams) to the deployment's provider client:
            // a retry layer on this deployment alone, below the balancer.
            IResponsesClient nonStreaming = Retried(client, limits.Timeout);
            client = limits.StreamTimeout is { } streamTimeout && streamTimeout != limits.Timeout
                ? new StreamTimeoutSplitClient(nonStreaming, Retried(client, streamTimeout))
                : nonStreaming;
        }

        client = client.AsBuilder()
            .UseCost(o =>
            {
                o.Ledger = options.Ledger;
                o.PipelinePrice = ModelPrice.FromModelInfo(deployment.Info.Prices.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
                o.LoggerFactory = options.LoggerFactory;
                o.TimeProvider = options.Time;
            })
            .Build();
        return new ResponsesDeployment(id, client)
        {
            Weight = limits.Weight ?? 1,
            RequestsPerMinute = limits.Rpm,
            TokensPerMinute = limits.Tpm,
        };

        IResponsesClient Retried(IResponsesClient inner, TimeSpan? attemptTimeout) => inner.AsBuilder()
            .UseRetry(o =>
            {
                o.MaxRetryAttempts = limits.MaxRetries ?? 0;
                o.AttemptTimeout = attemptTimeout;
                o.TimeProvider = options.Time;
                o.Random = options.Random;
            })
            .Build();
    }

    /// <summary>The core of a model name: its deployments balanced, then retried (when <c>num_retries</c> or <c>timeout</c> is set).</summary>
    public static IResponsesClient CreateCore(IEnumerable<ResponsesDeployment> deployments, RouterSettings router, GatewayPipelineOptions options)
    {
        ResponsesClientBuilder builder = deployments.AsLoadBalancedBuilder(o =>
        {
            o.Strategy = LoadBalancingStrategyNames.TryParse(router.RoutingStrategy, out LoadBalancingStrategy strategy) ? strategy : LoadBalancingStrategy.WeightedRandom;
            o.AllowedFails = router.AllowedFails ?? o.AllowedFails;
            o.CooldownTime = router.CooldownTime ?? o.CooldownTime;
            o.TimeProvider = options.Time;
            o.Random = options.Random;
        });

        // LiteLLM retries twice when num_retries is unset; here retrying is opt-in (docs/gateway.md). Without it no
        // retry layer is added, so stream events are not held back until the stream commits.
        if (router.NumRetries is > 0 || router.Timeout is not null)
        {
            builder.UseRetry(o =>
            {
                o.MaxRetryAttempts = router.NumRetries ?? 0;
                o.BaseDelay = router.RetryAfter is { } minimum && minimum > TimeSpan.Zero ? minimum : o.BaseDelay;
                o.AttemptTimeout = router.Timeout;
                o.TimeProvider = options.Time;
                o.Random = options.Random;
            });
        }

        return builder.Build();
    }

    /// <summary>
    /// The public client of a model name: its core, falling back to the cores of other model names (never to their
    /// pipelines, so a fallback does not fall back again and nothing is stored twice).
    /// </summary>
    public static IResponsesClient CreatePipeline(ModelGroup group, RouterSettings router, Func<string, ModelGroup?> find, IReadOnlyList<string> mcpAllowlist)
    {
        IResponsesClient routed = CreateFallbacks(group, router, find);

        // MCP runs here (inside the store, so the previous_response_id chain and approvals are visible; outside the
        // fallbacks, so every model round is retried and balanced). OpenAI itself runs mcp tools: a model served only
        // by api.openai.com passes them through; everything else, including OpenAI-compatible servers, is emulated.
        if (group.Deployments.All(d => IsOpenAIHosted(d.Deployment)))
        {
            return routed;
        }

        return routed.AsBuilder()
            .UseMcp(o =>
            {
                o.EmulateOnHostedProviders = true;
                foreach (string prefix in mcpAllowlist)
                {
                    o.AllowedServerUrlPrefixes.Add(prefix);
                }
            })
            .Build();
    }

    private static bool IsOpenAIHosted(Deployment deployment) =>
        deployment.Model.StartsWith("openai/", StringComparison.Ordinal)
        && (deployment.Settings.ApiBase is null || deployment.Settings.ApiBase.Host == "api.openai.com");

    private static IResponsesClient CreateFallbacks(ModelGroup group, RouterSettings router, Func<string, ModelGroup?> find)
    {
        var targets = new List<FallbackTarget>();
        Add(router.ContextWindowFallbacks, ResponsesFailureKinds.ContextWindowExceeded);
        Add(router.ContentPolicyFallbacks, ResponsesFailureKinds.ContentPolicy);

        // LiteLLM uses default_fallbacks for models without fallbacks of their own.
        if (!Add(router.Fallbacks, null))
        {
            foreach (string name in router.DefaultFallbacks)
            {
                AddTarget(name, null);
            }
        }

        IResponsesClient withFallbacks = group.Core.AsBuilder()
            .UseFallback(o =>
            {
                o.PrimaryDeployment = group.Name;
                o.Fallbacks = targets;

                // The request's "fallbacks": model names the caller's key may use, resolved to their cores.
                o.ResolveModel = name => VirtualKeyContext.Current is { } key && !key.AllowsModel(name) ? null : find(name)?.Core;
            })
            .Build();

        // Without configured fallbacks, only requests carrying a "fallbacks" field need the layer (and its holding
        // back of a stream's first events until it commits).
        return targets.Count > 0 ? withFallbacks : new RequestFallbacksSwitch(group.Core, withFallbacks);

        bool Add(IReadOnlyDictionary<string, IReadOnlyList<string>> fallbacks, ResponsesFailureKinds? triggers)
        {
            if (!fallbacks.TryGetValue(group.Name, out IReadOnlyList<string>? names))
            {
                return false;
            }

            foreach (string name in names)
            {
                AddTarget(name, triggers);
            }

            return true;
        }

        void AddTarget(string name, ResponsesFailureKinds? triggers)
        {
            if (name != group.Name && find(name) is { } target)
            {
                // The target's model_name goes into the request (its deployments map it to their provider models);
                // a wildcard target keeps the caller's name, which it serves as is.
                targets.Add(new FallbackTarget(target.Core, target.IsWildcard ? null : name, name) { Triggers = triggers });
            }
        }
    }
}
