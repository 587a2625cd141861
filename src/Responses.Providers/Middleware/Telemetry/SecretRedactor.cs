using System.Text.RegularExpressions;

namespace Responses.Providers.Middleware.Telemetry;

/// <summary>
/// Removes credentials from text before it is logged: authorization headers, API-key headers and query parameters,
/// bearer tokens, and the key formats of the providers this library talks to (OpenAI and Anthropic <c>sk-…</c>,
/// Google <c>AIza…</c> and <c>ya29.…</c>, AWS <c>AKIA…</c>/<c>ASIA…</c>).
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "[REDACTED]";

    private static readonly HashSet<string> SensitiveHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie", "set-cookie",
        "x-amz-security-token", "openai-api-key", "anthropic-api-key",
    };

    /// <summary>Whether a header's value must never be logged.</summary>
    /// <param name="name">The header name.</param>
    /// <returns><see langword="true"/> for authorization, API-key and cookie headers.</returns>
    public static bool IsSensitiveHeader(string name) => SensitiveHeaders.Contains(name);

    /// <summary>Returns the text with every recognised secret replaced by <see cref="Redacted"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The redacted text.</returns>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = HeaderAssignment().Replace(text, m => $"{m.Groups["name"].Value}{m.Groups["sep"].Value}{Redacted}");
        text = Bearer().Replace(text, $"Bearer {Redacted}");
        text = QueryKey().Replace(text, m => $"{m.Groups["name"].Value}={Redacted}");
        text = KnownKeyFormats().Replace(text, Redacted);
        return text;
    }

    /// <summary>A header value as it may be logged: <see cref="Redacted"/> for sensitive headers, otherwise the value with secrets removed.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The value to log.</returns>
    public static string? RedactHeader(string name, string? value) => IsSensitiveHeader(name) ? Redacted : Redact(value);

    // "Authorization: Bearer x", "x-api-key=abc", "\"api-key\": \"abc\"": the whole value after the separator.
    [GeneratedRegex("""(?<name>\b(?:proxy-)?authorization|\bx-api-key|\bapi[-_]?key|\bx-goog-api-key|\baccess[-_]token|\bsecret(?:[-_]access)?[-_]key|\bpassword)(?<sep>"?\s*[:=]\s*"?)(?:bearer\s+|basic\s+)?[^\s",;&}]+""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderAssignment();

    [GeneratedRegex(@"\bbearer\s+[A-Za-z0-9._~+/=-]{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    // Gemini's ?key=…, signed URLs' &sig=…, &token=…
    [GeneratedRegex(@"(?<=[?&])(?<name>key|sig|signature|token|x-amz-signature|x-amz-security-token)=[^&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex QueryKey();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_-]{8,}|\bAIza[0-9A-Za-z_-]{20,}|\bya29\.[0-9A-Za-z_.-]{10,}|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex KnownKeyFormats();
}
