namespace Responses;

/// <summary>The preview web search tool (<c>web_search_preview</c> or <c>web_search_preview_2025_03_11</c>).</summary>
public sealed class WebSearchPreviewTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>web_search_preview</c>).</summary>
    public WebSearchPreviewTool()
        : base(ResponseToolTypes.WebSearchPreview)
    {
    }

    /// <summary>The approximate location of the user, to refine results.</summary>
    public WebSearchUserLocation? UserLocation { get; set; }

    /// <summary>How much context to retrieve: <c>low</c>, <c>medium</c> (the default) or <c>high</c>.</summary>
    public string? SearchContextSize { get; set; }

    /// <summary>The content types to search: <c>text</c> and/or <c>image</c>.</summary>
    public IList<string>? SearchContentTypes { get; set; }
}
