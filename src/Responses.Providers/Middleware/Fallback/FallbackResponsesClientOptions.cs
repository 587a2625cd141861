using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Middleware.Fallback;

/// <summary>Options of <see cref="FallbackResponsesClient"/>.</summary>
public sealed class FallbackResponsesClientOptions
{
    /// <summary>The request field (as LiteLLM and Bifrost accept it) listing fallback model names: <c>"fallbacks": ["gpt-4o", "claude-…"]</c>.</summary>
    public const string RequestFallbacksProperty = "fallbacks";

    /// <summary>The alternatives, tried in order after the inner client fails.</summary>
    public IList<FallbackTarget> Fallbacks { get; set; } = [];

    /// <summary>
    /// The failure classes that move a call to the next target (unless the target has its own <see cref="FallbackTarget.Triggers"/>).
    /// Default <see cref="ResponsesFailureKinds.All"/>: 429, 5xx, overload, timeouts, connection failures, context window exceeded and content policy.
    /// A 400 for anything else (a bad parameter, say) never falls back: it would fail everywhere.
    /// </summary>
    public ResponsesFailureKinds FallbackOn { get; set; } = ResponsesFailureKinds.All;

    /// <summary>The label of the inner (primary) client in <see cref="ResponsesServedBy"/>, or <see langword="null"/> to record none.</summary>
    public string? PrimaryDeployment { get; set; }

    /// <summary>
    /// Resolves a model name of the request-level <c>fallbacks</c> field to a client (in the gateway: the pipeline of that
    /// <c>model_name</c>), or <see langword="null"/> when the name is unknown (it is then skipped). When this is
    /// <see langword="null"/> the field is stripped but not honoured.
    /// </summary>
    public Func<string, IResponsesClient?>? ResolveModel { get; set; }

    /// <summary>The most request-level fallbacks honoured per request (the rest are ignored). Default 5.</summary>
    public int MaxRequestFallbacks { get; set; } = 5;
}
