namespace Responses.Providers.Middleware.Cost;

/// <summary>One priced (or unpriceable) response, as the cost middleware reports it to the <see cref="ISpendLedger"/>.</summary>
public sealed record SpendRecord
{
    /// <summary>When the response finished.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The model that served it (as the response names it); spend per model is counted against this.</summary>
    public required string Model { get; init; }

    /// <summary>The model the request named (a gateway alias, say), when it differs or is known.</summary>
    public string? RequestedModel { get; init; }

    /// <summary>The provider, when known.</summary>
    public string? Provider { get; init; }

    /// <summary>The response id.</summary>
    public string? ResponseId { get; init; }

    /// <summary>The API key identity, when one was set.</summary>
    public string? ApiKeyId { get; init; }

    /// <summary>The end user (<c>user</c>, else <c>safety_identifier</c>), when given.</summary>
    public string? EndUser { get; init; }

    /// <summary>Input tokens.</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens.</summary>
    public long OutputTokens { get; init; }

    /// <summary>The cost in US dollars; <see langword="null"/> when the model's price is unknown.</summary>
    public decimal? Cost { get; init; }

    /// <summary>The subjects this record counts against: its model, and its API key and end user when set.</summary>
    /// <returns>The subjects.</returns>
    public IEnumerable<SpendSubject> Subjects()
    {
        yield return SpendSubject.Model(Model);
        if (ApiKeyId is not null)
        {
            yield return SpendSubject.ApiKey(ApiKeyId);
        }

        if (EndUser is not null)
        {
            yield return SpendSubject.EndUser(EndUser);
        }
    }
}
