using System.Globalization;

namespace Responses.Providers.Middleware.Budgets;

/// <summary>LiteLLM's <c>budget_duration</c> strings: a whole number and a unit, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c> or <c>w</c> (<c>"30s"</c>, <c>"1h"</c>, <c>"30d"</c>).</summary>
public static class BudgetDuration
{
    /// <summary>Parses a duration.</summary>
    /// <param name="text">The duration, for example <c>"30d"</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a positive whole number followed by a known unit.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out TimeSpan duration)
            ? duration
            : throw new FormatException($"'{text}' is not a budget_duration: use a positive whole number and s, m, h, d or w (for example \"30d\" or \"1h\"). Calendar months (\"mo\") are not supported; use \"30d\".");

    /// <summary>Tries to parse a duration.</summary>
    /// <param name="text">The duration, for example <c>"30d"</c>.</param>
    /// <param name="duration">The period when valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        string t = text?.Trim() ?? string.Empty;
        if (t.Length < 2 || !long.TryParse(t.AsSpan(0, t.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n <= 0)
        {
            return false;
        }

        TimeSpan? unit = t[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => null,
        };
        if (unit is null || n > TimeSpan.MaxValue.Ticks / unit.Value.Ticks)
        {
            return false;
        }

        duration = TimeSpan.FromTicks(unit.Value.Ticks * n);
        return true;
    }
}
