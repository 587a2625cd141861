namespace Responses;

/// <summary>A mask for inpainting: an image URL or a file id.</summary>
public sealed class ImageGenerationInputImageMask : WireObject
{
    /// <summary>The mask as a URL or a base64 data URL.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>The id of an uploaded mask image.</summary>
    public string? FileId { get; set; }
}
