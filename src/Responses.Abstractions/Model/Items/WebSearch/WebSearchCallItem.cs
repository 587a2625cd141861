namespace Responses;

/// <summary>A web search tool call.</summary>
public sealed class WebSearchCallItem : ResponseItem
{
    /// <summary>Initializes an empty web search call.</summary>
    public WebSearchCallItem()
        : base(ResponseItemTypes.WebSearchCall)
    {
    }

    /// <summary>The status: <c>in_progress</c>, <c>searching</c>, <c>completed</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>What the model did: a search, opening a page, or finding text in a page.</summary>
    public WebSearchAction? Action { get; set; }
}
