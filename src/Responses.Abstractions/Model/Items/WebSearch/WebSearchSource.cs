namespace Responses;

/// <summary>A source used in a web search.</summary>
public sealed class WebSearchSource : WireObject
{
    /// <summary>The type of source (<c>url</c>).</summary>
    public string Type { get; set; } = "url";

    /// <summary>The URL of the source.</summary>
    public string? Url { get; set; }
}
