namespace Responses;

/// <summary>A stream event whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownResponseStreamEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownResponseStreamEvent()
        : base(string.Empty)
    {
    }
}
