namespace Responses;

/// <summary>Filters of the web search tool.</summary>
public sealed class WebSearchToolFilters : WireObject
{
    /// <summary>The domains results may come from (subdomains included).</summary>
    public IList<string>? AllowedDomains { get; set; }
}
