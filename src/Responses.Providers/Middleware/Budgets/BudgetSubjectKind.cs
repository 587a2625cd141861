namespace Responses.Providers.Middleware.Budgets;

/// <summary>What a budget or rate limit applies to.</summary>
public enum BudgetSubjectKind
{
    /// <summary>An API key identity (<see cref="ResponsesCallContext.ApiKeyId"/>, else a non-default <see cref="ResponsesCallContext.Owner"/>).</summary>
    ApiKey,

    /// <summary>An end user: the request's <c>user</c>, else its <c>safety_identifier</c>.</summary>
    EndUser,
}
