namespace Responses;

/// <summary>A tool whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownResponseTool : ResponseTool
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownResponseTool()
        : base(string.Empty)
    {
    }
}
