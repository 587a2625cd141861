namespace Responses.Gateway.Pipelines;

/// <summary>
/// Puts a deployment's provider model into requests: the pipelines above it carry the caller's <c>model_name</c>
/// (which picks the model group, fallbacks and key access), and each deployment turns it into its own
/// <c>litellm_params.model</c> — for a wildcard deployment, the requested name itself (<see cref="Deployment.ProviderModelFor"/>).
/// Token counts and compaction go the same way: the provider's <see cref="IInputTokenCounter"/> and
/// <see cref="IResponseCompactor"/>, if any, are offered with the model mapped.
/// </summary>
internal sealed class DeploymentModelClient(IResponsesClient inner, Deployment deployment) : DelegatingResponsesClient(inner), IInputTokenCounter, IResponseCompactor
{
    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(IInputTokenCounter))
        {
            return InnerClient.GetService(serviceType) is IInputTokenCounter ? this : null;
        }

        if (serviceKey is null && serviceType == typeof(IResponseCompactor))
        {
            return InnerClient.GetService(serviceType) is IResponseCompactor ? this : null;
        }

        return base.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var counter = (IInputTokenCounter?)InnerClient.GetService(typeof(IInputTokenCounter))
            ?? throw new NotSupportedException("The deployment's provider offers no token counting API.");
        return counter.CountInputTokensAsync(Map(request), cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        base.CreateResponseAsync(Map(request), cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        base.CreateResponseStreamingAsync(Map(request), cancellationToken);

    /// <inheritdoc />
    public Task<CompactedResponse> CompactAsync(CompactResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compactor = (IResponseCompactor?)InnerClient.GetService(typeof(IResponseCompactor))
            ?? throw new NotSupportedException("The deployment's provider offers no compaction API.");
        string model = deployment.ProviderModelFor(request.Model ?? deployment.ModelName);
        if (model != request.Model)
        {
            // A copy: the caller's request is not changed.
            request = ResponsesJson.Deserialize<CompactResponseRequest>(ResponsesJson.SerializeToUtf8Bytes(request))!;
            request.Model = model;
        }

        return compactor.CompactAsync(request, cancellationToken);
    }

    private CreateResponseRequest Map(CreateResponseRequest request)
    {
        string model = deployment.ProviderModelFor(request.Model ?? deployment.ModelName);
        if (model == request.Model)
        {
            return request;
        }

        // A copy: retries and fallbacks above reuse the caller's request object.
        CreateResponseRequest copy = request.Clone();
        copy.Model = model;
        return copy;
    }
}
