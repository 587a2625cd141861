namespace Responses.Gateway.Http;

/// <summary>
/// Who is calling, set by <see cref="GatewayAuthentication"/> on every authenticated request
/// (<c>HttpContext.Features.Get&lt;GatewayCaller&gt;()</c>); the virtual key is also in <see cref="VirtualKeyContext"/>.
/// </summary>
internal sealed class GatewayCaller
{
    /// <summary>The caller of an open gateway (no master key): may do everything, one shared store owner.</summary>
    public static readonly GatewayCaller Open = new() { IsAdmin = true, Owner = ResponsesCallContext.DefaultOwner };

    /// <summary>Whether the caller may manage keys (the master key, or an open gateway).</summary>
    public bool IsAdmin { get; init; }

    /// <summary>The caller's virtual key, or <see langword="null"/> for the master key and an open gateway.</summary>
    public VirtualKey? Key { get; init; }

    /// <summary>The owner of the caller's stored responses: the key's hash (so another key's ids are "not found").</summary>
    public required string Owner { get; init; }

    public static GatewayCaller Of(HttpContext context) => context.Features.Get<GatewayCaller>() ?? Open;

    /// <summary>
    /// Writes LiteLLM's 401 <c>key_model_access_denied</c> and returns <see langword="false"/> when the caller's key
    /// may not use <paramref name="model"/>. Every endpoint that takes a model calls this.
    /// </summary>
    public static async Task<bool> EnsureModelAllowedAsync(HttpContext context, string model)
    {
        if (Of(context).Key is not { } key || key.AllowsModel(model))
        {
            return true;
        }

        await GatewayErrors.WriteAsync(context, 401,
            $"key not allowed to access model. This key can only access models=[{string.Join(", ", key.Models)}]. Tried to access {model}.",
            "key_model_access_denied", "model", "401");
        return false;
    }
}
