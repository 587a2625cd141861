namespace Responses;

/// <summary>A tool choice whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownToolChoiceObject : ToolChoiceObject
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownToolChoiceObject()
        : base(string.Empty)
    {
    }
}
