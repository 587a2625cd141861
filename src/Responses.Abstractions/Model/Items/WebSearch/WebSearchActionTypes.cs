namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="WebSearchAction"/>.</summary>
public static class WebSearchActionTypes
{
    /// <summary><c>search</c>.</summary>
    public const string Search = "search";

    /// <summary><c>open_page</c>.</summary>
    public const string OpenPage = "open_page";

    /// <summary><c>find_in_page</c>.</summary>
    public const string FindInPage = "find_in_page";
}
