namespace Responses;

/// <summary>Reads and writes <see cref="WebSearchAction"/> by its <c>"type"</c>.</summary>
public sealed class WebSearchActionConverter : WirePolymorphicConverter<WebSearchAction>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public WebSearchActionConverter()
        : base(new Dictionary<string, Type>
        {
            [WebSearchActionTypes.Search] = typeof(WebSearchSearchAction),
            [WebSearchActionTypes.OpenPage] = typeof(WebSearchOpenPageAction),
            [WebSearchActionTypes.FindInPage] = typeof(WebSearchFindInPageAction),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownWebSearchAction);
}
