using System.Text.RegularExpressions;

namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// The spellings one model goes by across providers, reduced to the bare id the price table is keyed by:
/// <c>bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0</c>, <c>claude-sonnet-4-5@20250929</c> (Vertex AI) and
/// <c>claude-sonnet-4-5-20250929</c> all become <c>claude-sonnet-4-5</c>; <c>gpt-4o-2024-08-06</c> becomes
/// <c>gpt-4o</c>; <c>models/gemini-2.0-flash-001</c> becomes <c>gemini-2.0-flash</c>.
/// </summary>
internal static partial class ModelIds
{
    /// <summary>The ids to look up, most specific first (duplicates removed).</summary>
    public static IEnumerable<string> Candidates(string? provider, string model)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string lower = model.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(provider) && !lower.Contains('/', StringComparison.Ordinal) && seen.Add($"{provider.ToLowerInvariant()}/{lower}"))
        {
            yield return $"{provider.ToLowerInvariant()}/{lower}";
        }

        if (seen.Add(lower))
        {
            yield return lower;
        }

        string bare = lower[(lower.LastIndexOf('/') + 1)..];
        if (seen.Add(bare))
        {
            yield return bare;
        }

        string normalized = Normalize(bare);
        if (seen.Add(normalized))
        {
            yield return normalized;
        }
    }

    /// <summary>Removes cloud prefixes and version/date suffixes.</summary>
    public static string Normalize(string bare)
    {
        string id = bare;
        id = RegionPrefix().Replace(id, string.Empty);
        id = VendorPrefix().Replace(id, string.Empty);
        int at = id.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            id = id[..at];
        }

        id = BedrockVersion().Replace(id, string.Empty);
        id = DateSuffix().Replace(id, string.Empty);
        id = GoogleVersion().Replace(id, string.Empty);
        return id;
    }

    // Bedrock cross-region inference profiles: us., eu., apac., global. …
    [GeneratedRegex(@"^(us|eu|apac|ap|ca|jp|au|us-gov|global)\.")]
    private static partial Regex RegionPrefix();

    // Bedrock model ids carry the vendor: anthropic.claude-…, google.gemini-…
    [GeneratedRegex(@"^(anthropic|google|openai)\.")]
    private static partial Regex VendorPrefix();

    // Bedrock: -v1:0, -v2:0
    [GeneratedRegex(@"-v\d+:\d+$")]
    private static partial Regex BedrockVersion();

    // OpenAI -2024-08-06, Anthropic -20250929
    [GeneratedRegex(@"-(\d{4}-\d{2}-\d{2}|\d{8})$")]
    private static partial Regex DateSuffix();

    // Gemini stable versions: -001, -002
    [GeneratedRegex(@"-\d{3}$")]
    private static partial Regex GoogleVersion();
}
