namespace Responses;

/// <summary>A web search query.</summary>
public sealed class WebSearchSearchAction : WebSearchAction
{
    /// <summary>Initializes an empty search action.</summary>
    public WebSearchSearchAction()
        : base(WebSearchActionTypes.Search)
    {
    }

    /// <summary>The search query (deprecated in favour of <see cref="Queries"/>).</summary>
    public string? Query { get; set; }

    /// <summary>The search queries.</summary>
    public IList<string>? Queries { get; set; }

    /// <summary>The sources used in the search.</summary>
    public IList<WebSearchSource>? Sources { get; set; }
}
