namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>One deployment of a model name behind a <see cref="LoadBalancingResponsesClient"/> (a LiteLLM <c>model_list</c> entry).</summary>
/// <param name="id">A unique id (LiteLLM's <c>model_info.id</c>), reported in <see cref="ResponsesServedBy"/>.</param>
/// <param name="client">The client of this deployment.</param>
public sealed class ResponsesDeployment(string id, IResponsesClient client)
{
    /// <summary>The deployment's id.</summary>
    public string Id { get; } = !string.IsNullOrEmpty(id) ? id : throw new ArgumentException("A deployment needs an id.", nameof(id));

    /// <summary>The client of this deployment.</summary>
    public IResponsesClient Client { get; } = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>The model to put in requests sent to this deployment (LiteLLM's <c>litellm_params.model</c> without the provider), or <see langword="null"/> to keep the caller's.</summary>
    public string? Model { get; init; }

    /// <summary>The relative share of traffic under <see cref="LoadBalancingStrategy.WeightedRandom"/> (and the tie-break of the others). Default 1.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Requests per minute this deployment accepts (LiteLLM's <c>rpm</c>), or <see langword="null"/> for no limit.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Tokens per minute this deployment accepts (LiteLLM's <c>tpm</c>), or <see langword="null"/> for no limit.</summary>
    public long? TokensPerMinute { get; init; }
}
