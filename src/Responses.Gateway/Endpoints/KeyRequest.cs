using System.Text.Json;

namespace Responses.Gateway.Endpoints;

/// <summary>The body of LiteLLM's <c>POST /key/generate</c>, read field by field so a wrong type names its field.</summary>
internal sealed class KeyRequest
{
    /// <summary>The longest <c>duration</c> a key may have: longer ones would overflow the expiry date (a 500 before this cap).</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(365 * 100);

    public string? Key { get; private set; }

    public string? KeyAlias { get; private set; }

    public TimeSpan? Duration { get; private set; }

    public List<string> Models { get; } = [];

    public decimal? MaxBudget { get; private set; }

    public string? BudgetDuration { get; private set; }

    public int? RpmLimit { get; private set; }

    public long? TpmLimit { get; private set; }

    public string? UserId { get; private set; }

    public JsonElement? Metadata { get; private set; }

    /// <summary>Fields LiteLLM accepts that this gateway does not act on (teams, aliases…), reported in the answer.</summary>
    public List<string> Ignored { get; } = [];

    /// <summary>Reads the body; a bad field throws <see cref="KeyRequestException"/> naming it.</summary>
    public static KeyRequest Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new KeyRequestException(null, "The request body must be a JSON object.");
        }

        var request = new KeyRequest();
        foreach (JsonProperty p in body.EnumerateObject())
        {
            JsonElement v = p.Value;
            if (v.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (p.Name)
            {
                case "key":
                    request.Key = String(p);
                    if (!request.Key.StartsWith("sk-", StringComparison.Ordinal) || request.Key.Length < 12)
                    {
                        throw new KeyRequestException("key", "A custom 'key' must start with 'sk-' and be at least 12 characters long.");
                    }

                    break;
                case "key_alias" or "key_name":
                    request.KeyAlias = String(p);
                    break;
                case "duration":
                    request.Duration = DurationOf(p.Name, String(p));
                    if (request.Duration > MaxDuration)
                    {
                        throw new KeyRequestException(p.Name, "'duration' must be at most 100 years (36500d); use 'permanent' for a key that does not expire.");
                    }

                    break;
                case "models":
                    if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(m => m.ValueKind != JsonValueKind.String))
                    {
                        throw new KeyRequestException(p.Name, "'models' must be a list of model names.");
                    }

                    request.Models.AddRange(v.EnumerateArray().Select(m => m.GetString()!));
                    break;
                case "max_budget":
                    request.MaxBudget = v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out decimal budget) && budget >= 0
                        ? budget
                        : throw new KeyRequestException(p.Name, "'max_budget' must be a non-negative number (USD).");
                    break;
                case "budget_duration":
                    request.BudgetDuration = String(p);
                    _ = DurationOf(p.Name, request.BudgetDuration);
                    break;
                case "rpm_limit":
                    request.RpmLimit = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int rpm) && rpm >= 0
                        ? rpm
                        : throw new KeyRequestException(p.Name, "'rpm_limit' must be a non-negative integer.");
                    break;
                case "tpm_limit":
                    request.TpmLimit = v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long tpm) && tpm >= 0
                        ? tpm
                        : throw new KeyRequestException(p.Name, "'tpm_limit' must be a non-negative integer.");
                    break;
                case "user_id":
                    request.UserId = String(p);
                    break;
                case "metadata":
                    request.Metadata = v.ValueKind == JsonValueKind.Object
                        ? v.Clone()
                        : throw new KeyRequestException(p.Name, "'metadata' must be a JSON object.");
                    break;
                default:
                    request.Ignored.Add(p.Name);
                    break;
            }
        }

        return request;
    }

    /// <summary>LiteLLM's durations as the budgets middleware reads them (<see cref="Responses.Providers.Middleware.Budgets.BudgetDuration"/>); <c>permanent</c> is none.</summary>
    public static TimeSpan? DurationOf(string field, string text) =>
        text is "permanent" or "" ? null
        : Responses.Providers.Middleware.Budgets.BudgetDuration.TryParse(text, out TimeSpan duration) ? duration
        : throw new KeyRequestException(field, $"'{field}' must be a duration like 30s, 10m, 24h, 7d or 2w, not '{text}'.");

    private static string String(JsonProperty p) => p.Value.ValueKind == JsonValueKind.String
        ? p.Value.GetString()!
        : throw new KeyRequestException(p.Name, $"'{p.Name}' must be a string.");
}

/// <summary>A bad <c>/key/*</c> request field: a 400 naming it.</summary>
internal sealed class KeyRequestException(string? param, string message) : Exception(message)
{
    public string? Param { get; } = param;
}
