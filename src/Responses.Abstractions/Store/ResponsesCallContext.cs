namespace Responses;

/// <summary>
/// Ambient facts about the current call that middleware needs but <see cref="IResponsesClient"/>'s
/// signatures do not carry: the <see cref="Owner"/> of stored responses and the <see cref="ApiKeyId"/> spend,
/// budgets and rate limits are counted against. It flows with the async
/// context (<see cref="AsyncLocal{T}"/>), so the gateway (or the app) sets it once per incoming request and
/// every call made below sees it.
/// </summary>
/// <example>
/// <code>
/// using (ResponsesCallContext.BeginScope(owner: apiKeyId))
/// {
///     await client.CreateResponseAsync(request);
/// }
/// </code>
/// </example>
public static class ResponsesCallContext
{
    /// <summary>The owner used when none is set: one shared space for an app without tenants.</summary>
    public const string DefaultOwner = "";

    private static readonly AsyncLocal<string?> CurrentOwner = new();
    private static readonly AsyncLocal<string?> CurrentApiKeyId = new();

    /// <summary>
    /// The owner (tenant, API-key id…) of the responses stored and read by calls in this async context;
    /// <see cref="DefaultOwner"/> when none is set. Responses of other owners are "not found".
    /// </summary>
    public static string Owner
    {
        get => CurrentOwner.Value ?? DefaultOwner;
        set => CurrentOwner.Value = value;
    }

    /// <summary>
    /// The identity of the API key (a key id or alias, never the secret itself) this call is made for: what the cost
    /// middleware counts spend against and budgets and rate limits are applied to. <see langword="null"/> when none
    /// is set; those middleware then fall back to <see cref="Owner"/> when it is not <see cref="DefaultOwner"/>.
    /// </summary>
    public static string? ApiKeyId
    {
        get => CurrentApiKeyId.Value;
        set => CurrentApiKeyId.Value = value;
    }

    /// <summary>Sets <see cref="ApiKeyId"/> until the returned scope is disposed, then restores the previous one.</summary>
    /// <param name="apiKeyId">The API key identity (not the secret).</param>
    /// <returns>The scope.</returns>
    public static IDisposable BeginApiKeyScope(string? apiKeyId)
    {
        string? previous = CurrentApiKeyId.Value;
        CurrentApiKeyId.Value = apiKeyId;
        return new Scope(() => CurrentApiKeyId.Value = previous);
    }

    /// <summary>Sets <see cref="Owner"/> until the returned scope is disposed, then restores the previous owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The scope.</returns>
    public static IDisposable BeginScope(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        string? previous = CurrentOwner.Value;
        CurrentOwner.Value = owner;
        return new Scope(() => CurrentOwner.Value = previous);
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                restore();
            }
        }
    }
}
