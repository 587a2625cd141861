namespace Responses;

/// <summary>
/// Keeps the gateway's virtual keys by hash. Implementations: <see cref="InMemoryVirtualKeyStore"/>, and the SQLite
/// and PostgreSQL stores next to the response stores. Thread-safe; each call is atomic.
/// </summary>
public interface IVirtualKeyStore
{
    /// <summary>Adds a key.</summary>
    /// <param name="key">The key record (its <see cref="VirtualKey.TokenHash"/> must be new).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the key is durable.</returns>
    /// <exception cref="InvalidOperationException">A key with the same hash exists.</exception>
    Task CreateAsync(VirtualKey key, CancellationToken cancellationToken = default);

    /// <summary>Finds a key by hash.</summary>
    /// <param name="tokenHash">The hash (<see cref="VirtualKeyHash.Of"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key, or <see langword="null"/> when unknown (expired keys are returned: the caller decides).</returns>
    Task<VirtualKey?> GetAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Deletes keys by hash.</summary>
    /// <param name="tokenHashes">The hashes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hashes that existed and were deleted.</returns>
    Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyCollection<string> tokenHashes, CancellationToken cancellationToken = default);

    /// <summary>Adds to a key's recorded spend (the seam for the budgets middleware).</summary>
    /// <param name="tokenHash">The hash.</param>
    /// <param name="amount">USD to add.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new spend, or <see langword="null"/> when the key is unknown.</returns>
    Task<decimal?> AddSpendAsync(string tokenHash, decimal amount, CancellationToken cancellationToken = default);
}
