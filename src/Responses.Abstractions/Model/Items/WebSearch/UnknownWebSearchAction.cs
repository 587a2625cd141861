namespace Responses;

/// <summary>A web search action whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownWebSearchAction : WebSearchAction
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownWebSearchAction()
        : base(string.Empty)
    {
    }
}
