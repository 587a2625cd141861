using Responses.Gateway.Configuration;
using Responses.Providers.Routing;

namespace Responses.Gateway;

/// <summary>One <c>model_list</c> entry.</summary>
/// <param name="ModelName">The public name clients send (<c>model_name</c>); <c>*</c> or <c>prefix/*</c> is a wildcard.</param>
/// <param name="Model">The provider model string (<c>litellm_params.model</c>, <c>provider/model</c>).</param>
/// <param name="Settings">The provider settings (<c>api_key</c>, <c>api_base</c>, <c>api_version</c>, <c>aws_*</c>, <c>vertex_*</c>…).</param>
internal sealed record Deployment(string ModelName, string Model, ProviderSettings Settings)
{
    /// <summary>The line of the entry in config.yaml (0 when it came from appsettings/environment).</summary>
    public int Line { get; init; }

    /// <summary>rpm, tpm, weight, timeout, max_retries of this deployment (applied by <see cref="Pipelines.ModelPipelineFactory"/>).</summary>
    public DeploymentLimits Limits { get; init; } = new();

    /// <summary>The <c>model_info</c> block (its prices are the deployment's price in the cost middleware).</summary>
    public ModelInfo Info { get; init; } = new();

    /// <summary>Whether <see cref="ModelName"/> is a wildcard (<c>*</c> or ends with <c>/*</c>).</summary>
    public bool IsWildcard => ModelName == "*" || ModelName.EndsWith("/*", StringComparison.Ordinal);

    /// <summary>Whether a requested model name is served by this deployment.</summary>
    public bool Matches(string requested) =>
        ModelName == "*"
        || (IsWildcard ? requested.StartsWith(ModelName[..^1], StringComparison.Ordinal) && requested.Length > ModelName.Length - 1
                       : string.Equals(ModelName, requested, StringComparison.Ordinal));

    /// <summary>
    /// The model given to the provider for a requested name: the part after the provider prefix, or for a
    /// wildcard deployment (<c>model: openai/*</c>) the requested name itself (without the wildcard's prefix).
    /// </summary>
    public string ProviderModelFor(string requested)
    {
        string providerModel = Model[(Model.IndexOf('/', StringComparison.Ordinal) + 1)..];
        if (providerModel != "*" && !providerModel.EndsWith("/*", StringComparison.Ordinal))
        {
            return providerModel;
        }

        string name = ModelName == "*" ? requested : requested[(ModelName.Length - 1)..];
        return providerModel == "*" ? name : providerModel[..^1] + name;
    }
}
