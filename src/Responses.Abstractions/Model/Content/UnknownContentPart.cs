namespace Responses;

/// <summary>A content part whose type this library does not know, kept verbatim.</summary>
public sealed class UnknownContentPart : ContentPart
{
    /// <summary>Initializes an empty unknown part (its type is set when read).</summary>
    public UnknownContentPart()
        : base(string.Empty)
    {
    }
}
