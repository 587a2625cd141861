using System.Text.Json;

namespace Responses;

/// <summary>
/// A virtual API key of the gateway, as stored: never the key itself, only its SHA-256 hash (<see cref="TokenHash"/>),
/// with the limits LiteLLM's <c>/key/generate</c> accepts. Budget and rate values are kept here for the budgets
/// middleware; <see cref="Models"/> and <see cref="ExpiresAt"/> are enforced by the gateway.
/// </summary>
public sealed class VirtualKey
{
    /// <summary>The lowercase hex SHA-256 hash of the key (<see cref="VirtualKeyHash.Of"/>): the key's id and its owner id in the response store.</summary>
    public required string TokenHash { get; init; }

    /// <summary>A masked form of the key for display (<c>sk-...abcd</c>), LiteLLM's <c>key_name</c>.</summary>
    public string? KeyName { get; init; }

    /// <summary>A friendly name (<c>key_alias</c>).</summary>
    public string? KeyAlias { get; init; }

    /// <summary>The model names the key may use; empty: all models.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>The spend limit in USD (<c>max_budget</c>); enforced by the budgets middleware.</summary>
    public decimal? MaxBudget { get; init; }

    /// <summary>The budget reset period, for example <c>30d</c> (<c>budget_duration</c>).</summary>
    public string? BudgetDuration { get; init; }

    /// <summary>Requests per minute (<c>rpm_limit</c>); enforced by the budgets middleware.</summary>
    public int? RpmLimit { get; init; }

    /// <summary>Tokens per minute (<c>tpm_limit</c>); enforced by the budgets middleware.</summary>
    public long? TpmLimit { get; init; }

    /// <summary>The user the key belongs to (<c>user_id</c>).</summary>
    public string? UserId { get; init; }

    /// <summary>Free-form metadata (<c>metadata</c>), a JSON object, or <see langword="null"/>.</summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>When the key was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key stops working, or <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The spend recorded so far in USD (<see cref="IVirtualKeyStore.AddSpendAsync"/>).</summary>
    public decimal Spend { get; init; }

    /// <summary>Whether the key has expired at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="true"/> when <see cref="ExpiresAt"/> is at or before <paramref name="now"/>.</returns>
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    /// <summary>Whether the key may use a model name (an empty <see cref="Models"/> list allows all).</summary>
    /// <param name="model">The requested model name.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsModel(string model) => Models.Count == 0 || Models.Contains(model, StringComparer.Ordinal) || Models.Contains("*", StringComparer.Ordinal);
}
