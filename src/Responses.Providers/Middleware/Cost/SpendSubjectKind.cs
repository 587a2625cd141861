namespace Responses.Providers.Middleware.Cost;

/// <summary>What spend is counted against.</summary>
public enum SpendSubjectKind
{
    /// <summary>A model id (as the response names it).</summary>
    Model,

    /// <summary>An API key identity (<see cref="ResponsesCallContext.ApiKeyId"/>, else a non-default <see cref="ResponsesCallContext.Owner"/>).</summary>
    ApiKey,

    /// <summary>An end user: the request's <c>user</c>, else its <c>safety_identifier</c>.</summary>
    EndUser,
}
