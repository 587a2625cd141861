namespace Responses;

/// <summary>A custom tool format whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownCustomToolFormat : CustomToolFormat
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownCustomToolFormat()
        : base(string.Empty)
    {
    }
}
