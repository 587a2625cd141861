namespace Responses;

/// <summary>Searches the web (<c>web_search</c> or <c>web_search_2025_08_26</c>).</summary>
public sealed class WebSearchTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>web_search</c>).</summary>
    public WebSearchTool()
        : base(ResponseToolTypes.WebSearch)
    {
    }

    /// <summary>Filters of the search, such as allowed domains.</summary>
    public WebSearchToolFilters? Filters { get; set; }

    /// <summary>The approximate location of the user, to refine results.</summary>
    public WebSearchUserLocation? UserLocation { get; set; }

    /// <summary>How much context to retrieve: <c>low</c>, <c>medium</c> (the default) or <c>high</c>.</summary>
    public string? SearchContextSize { get; set; }

    /// <summary>Whether the search may fetch live content (<see langword="true"/>, the default) or only cached content.</summary>
    public bool? ExternalWebAccess { get; set; }
}
