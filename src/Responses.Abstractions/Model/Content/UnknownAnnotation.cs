namespace Responses;

/// <summary>An annotation whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownAnnotation : Annotation
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownAnnotation()
        : base(string.Empty)
    {
    }
}
