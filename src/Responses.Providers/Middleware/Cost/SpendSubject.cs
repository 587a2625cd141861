namespace Responses.Providers.Middleware.Cost;

/// <summary>One thing spend is counted against: a model, an API key or an end user.</summary>
/// <param name="Kind">The kind of subject.</param>
/// <param name="Id">Its id.</param>
public readonly record struct SpendSubject(SpendSubjectKind Kind, string Id)
{
    /// <summary>A model.</summary>
    /// <param name="model">The model id.</param>
    /// <returns>The subject.</returns>
    public static SpendSubject Model(string model) => new(SpendSubjectKind.Model, model);

    /// <summary>An API key identity.</summary>
    /// <param name="apiKeyId">The key id (never the secret).</param>
    /// <returns>The subject.</returns>
    public static SpendSubject ApiKey(string apiKeyId) => new(SpendSubjectKind.ApiKey, apiKeyId);

    /// <summary>An end user.</summary>
    /// <param name="user">The request's <c>user</c> or <c>safety_identifier</c>.</param>
    /// <returns>The subject.</returns>
    public static SpendSubject EndUser(string user) => new(SpendSubjectKind.EndUser, user);
}
