namespace Responses.Gateway.Pipelines;

/// <summary>
/// The deployments of one <c>model_name</c> and its two clients: <see cref="Core"/> (balanced, retried, priced) and
/// <see cref="Pipeline"/> (the core with its fallbacks).
/// </summary>
/// <param name="Name">The <c>model_name</c> (possibly a wildcard).</param>
/// <param name="Deployments">The deployments with their ids (<c>model_info.id</c> or <c>{model_name}-{n}</c>), in config order.</param>
internal sealed record ModelGroup(string Name, IReadOnlyList<(string Id, Deployment Deployment)> Deployments)
{
    /// <summary>Whether <see cref="Name"/> is a wildcard.</summary>
    public bool IsWildcard => Deployments[0].Deployment.IsWildcard;

    /// <summary>Load balancer over the deployments, then retry: the target of other models' fallbacks.</summary>
    public IResponsesClient Core { get; set; } = null!;

    /// <summary><see cref="Core"/> with this model's fallbacks (and the request-level <c>fallbacks</c> field).</summary>
    public IResponsesClient Pipeline { get; set; } = null!;

    /// <summary>Whether a requested model name is served by this group.</summary>
    public bool Matches(string requested) => Deployments[0].Deployment.Matches(requested);
}
