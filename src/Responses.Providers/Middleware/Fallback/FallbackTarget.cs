using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Middleware.Fallback;

/// <summary>An alternative a <see cref="FallbackResponsesClient"/> moves to: a client (another deployment, model or provider), the model to ask it for, and a label.</summary>
/// <param name="client">The client to call (it is not disposed by the fallback middleware).</param>
/// <param name="model">The model to put in the request, or <see langword="null"/> to keep the caller's.</param>
/// <param name="deployment">The label reported in <see cref="ResponsesServedBy"/>, or <see langword="null"/> to use the model.</param>
public sealed class FallbackTarget(IResponsesClient client, string? model = null, string? deployment = null)
{
    /// <summary>The client to call.</summary>
    public IResponsesClient Client { get; } = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>The model to put in the request, or <see langword="null"/> to keep the caller's.</summary>
    public string? Model { get; } = model;

    /// <summary>The label reported in <see cref="ResponsesServedBy"/>.</summary>
    public string? Deployment { get; } = deployment ?? model;

    /// <summary>
    /// The failure classes that make the middleware move to this target, or <see langword="null"/> for
    /// <see cref="FallbackResponsesClientOptions.FallbackOn"/>. LiteLLM's <c>context_window_fallbacks</c> are targets with
    /// <see cref="ResponsesFailureKinds.ContextWindowExceeded"/>, its <c>content_policy_fallbacks</c> targets with
    /// <see cref="ResponsesFailureKinds.ContentPolicy"/>.
    /// </summary>
    public ResponsesFailureKinds? Triggers { get; init; }
}
