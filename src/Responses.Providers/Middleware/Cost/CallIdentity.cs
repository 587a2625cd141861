namespace Responses.Providers.Middleware.Cost;

/// <summary>Who a call is for, read the same way by the cost, budgets, logging and telemetry middleware.</summary>
internal static class CallIdentity
{
    /// <summary><see cref="ResponsesCallContext.ApiKeyId"/>, else the owner when one is set.</summary>
    public static string? ApiKeyId =>
        ResponsesCallContext.ApiKeyId is { Length: > 0 } key ? key :
        ResponsesCallContext.Owner is { Length: > 0 } owner ? owner : null;

    /// <summary>The request's <c>user</c>, else its <c>safety_identifier</c>.</summary>
    public static string? EndUser(CreateResponseRequest request) =>
        request.User is { Length: > 0 } user ? user :
        request.SafetyIdentifier is { Length: > 0 } safety ? safety : null;
}
