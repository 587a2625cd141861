namespace Responses;

/// <summary>Opening a URL from the search results.</summary>
public sealed class WebSearchOpenPageAction : WebSearchAction
{
    /// <summary>Initializes an empty open page action.</summary>
    public WebSearchOpenPageAction()
        : base(WebSearchActionTypes.OpenPage)
    {
    }

    /// <summary>The URL opened by the model.</summary>
    public string? Url { get; set; }
}
