namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// Where spend is counted: per model, per API key and per end user. The cost middleware records every finished
/// response; budgets read it. <see cref="InMemorySpendLedger"/> keeps it in the process; implement this interface
/// to keep it in a database shared by several gateway instances. Ask a pipeline for it with
/// <c>client.GetService&lt;ISpendLedger&gt;()</c>.
/// </summary>
public interface ISpendLedger
{
    /// <summary>Counts a finished response against its subjects (<see cref="SpendRecord.Subjects"/>).</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is counted.</returns>
    ValueTask RecordAsync(SpendRecord record, CancellationToken cancellationToken = default);

    /// <summary>The spend of a subject since a time (or ever).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="since">The start of the period (inclusive), or <see langword="null"/> for all time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The totals.</returns>
    ValueTask<SpendTotals> GetSpendAsync(SpendSubject subject, DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}
