using System.Collections.Concurrent;

namespace Responses;

/// <summary>An <see cref="IVirtualKeyStore"/> in memory: for tests and single-process gateways without persistence.</summary>
public sealed class InMemoryVirtualKeyStore : IVirtualKeyStore
{
    private readonly ConcurrentDictionary<string, VirtualKey> _keys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task CreateAsync(VirtualKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keys.TryAdd(key.TokenHash, key)
            ? Task.CompletedTask
            : Task.FromException(new InvalidOperationException("A key with this hash exists."));
    }

    /// <inheritdoc />
    public Task<VirtualKey?> GetAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(_keys.TryGetValue(tokenHash, out VirtualKey? key) ? key : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyCollection<string> tokenHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        IReadOnlyList<string> deleted = tokenHashes.Distinct(StringComparer.Ordinal).Where(h => _keys.TryRemove(h, out _)).ToList();
        return Task.FromResult(deleted);
    }

    /// <inheritdoc />
    public Task<decimal?> AddSpendAsync(string tokenHash, decimal amount, CancellationToken cancellationToken = default)
    {
        while (_keys.TryGetValue(tokenHash, out VirtualKey? key))
        {
            VirtualKey updated = Copy(key, key.Spend + amount);
            if (_keys.TryUpdate(tokenHash, updated, key))
            {
                return Task.FromResult<decimal?>(updated.Spend);
            }
        }

        return Task.FromResult<decimal?>(null);
    }

    private static VirtualKey Copy(VirtualKey k, decimal spend) => new()
    {
        TokenHash = k.TokenHash, KeyName = k.KeyName, KeyAlias = k.KeyAlias, Models = k.Models, MaxBudget = k.MaxBudget,
        BudgetDuration = k.BudgetDuration, RpmLimit = k.RpmLimit, TpmLimit = k.TpmLimit, UserId = k.UserId, Metadata = k.Metadata,
        CreatedAt = k.CreatedAt, ExpiresAt = k.ExpiresAt, Spend = spend,
    };
}
