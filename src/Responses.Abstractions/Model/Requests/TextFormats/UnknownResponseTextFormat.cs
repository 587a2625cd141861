namespace Responses;

/// <summary>A text format whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownResponseTextFormat : ResponseTextFormat
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownResponseTextFormat()
        : base(string.Empty)
    {
    }
}
