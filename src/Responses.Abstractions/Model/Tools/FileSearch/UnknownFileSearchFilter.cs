namespace Responses;

/// <summary>A file search filter whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownFileSearchFilter : FileSearchFilter
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownFileSearchFilter()
        : base(string.Empty)
    {
    }
}
