namespace Responses;

/// <summary>A code interpreter output whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownCodeInterpreterOutput : CodeInterpreterOutput
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownCodeInterpreterOutput()
        : base(string.Empty)
    {
    }
}
