namespace Responses.Providers.Middleware.Cost;

/// <summary>Spend of one subject over a period.</summary>
/// <param name="Cost">US dollars spent on priced responses.</param>
/// <param name="Requests">Responses counted (priced or not).</param>
/// <param name="UnpricedRequests">Responses whose model had no known price (their cost is not in <paramref name="Cost"/>).</param>
/// <param name="InputTokens">Input tokens.</param>
/// <param name="OutputTokens">Output tokens.</param>
public readonly record struct SpendTotals(decimal Cost, long Requests, long UnpricedRequests, long InputTokens, long OutputTokens)
{
    /// <summary>Adds a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The new totals.</returns>
    public SpendTotals Add(SpendRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(Cost + (record.Cost ?? 0), Requests + 1, UnpricedRequests + (record.Cost is null ? 1 : 0), InputTokens + record.InputTokens, OutputTokens + record.OutputTokens);
    }

    /// <summary>Adds two totals.</summary>
    /// <param name="other">The other totals.</param>
    /// <returns>The sum.</returns>
    public SpendTotals Add(SpendTotals other) =>
        new(Cost + other.Cost, Requests + other.Requests, UnpricedRequests + other.UnpricedRequests, InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);
}
