using Responses.Providers.Middleware.Cost;

namespace Responses.Gateway.Pipelines;

/// <summary>
/// The gateway's one spend ledger: every record goes to the in-process ledger (which budgets read per period), and
/// the cost of a call made with a virtual key is also added to that key's stored <c>spend</c>
/// (<see cref="IVirtualKeyStore.AddSpendAsync"/>), which <c>/key/info</c> shows and which survives restarts.
/// </summary>
internal sealed class KeySpendLedger(ISpendLedger inner, IVirtualKeyStore keys) : ISpendLedger
{
    /// <summary>The in-process ledger behind this one.</summary>
    public ISpendLedger Inner => inner;

    /// <inheritdoc />
    public async ValueTask RecordAsync(SpendRecord record, CancellationToken cancellationToken = default)
    {
        await inner.RecordAsync(record, cancellationToken).ConfigureAwait(false);

        // ApiKeyId is the presented key's hash; for the master key no key record exists and AddSpendAsync does nothing.
        if (record is { ApiKeyId: { } keyHash, Cost: > 0m and var cost })
        {
            await keys.AddSpendAsync(keyHash, cost, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask<SpendTotals> GetSpendAsync(SpendSubject subject, DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        inner.GetSpendAsync(subject, since, cancellationToken);
}
