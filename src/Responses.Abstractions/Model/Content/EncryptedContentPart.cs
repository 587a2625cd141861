namespace Responses;

/// <summary>Opaque encrypted content that the API decrypts inside trusted model execution (multi-agent beta).</summary>
public sealed class EncryptedContentPart : ContentPart
{
    /// <summary>Initializes an empty encrypted content part.</summary>
    public EncryptedContentPart()
        : base(ContentPartTypes.EncryptedContent)
    {
    }

    /// <summary>The opaque encrypted content.</summary>
    public string? EncryptedContent { get; set; }
}
