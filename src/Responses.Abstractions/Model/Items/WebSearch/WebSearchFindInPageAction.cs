namespace Responses;

/// <summary>Searching for a pattern within a loaded page.</summary>
public sealed class WebSearchFindInPageAction : WebSearchAction
{
    /// <summary>Initializes an empty find in page action.</summary>
    public WebSearchFindInPageAction()
        : base(WebSearchActionTypes.FindInPage)
    {
    }

    /// <summary>The URL of the page searched.</summary>
    public string? Url { get; set; }

    /// <summary>The pattern or text searched for.</summary>
    public string? Pattern { get; set; }
}
