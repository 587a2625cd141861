namespace Responses;

/// <summary><c>response.image_generation_call.partial_image</c>: Emitted when a partial image is available during image generation streaming.</summary>
public sealed class ResponseImageGenerationCallPartialImageEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseImageGenerationCallPartialImageEvent()
        : base(ResponseStreamEventTypes.ImageGenerationCallPartialImage)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the image generation item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>0-based index for the partial image (backend is 1-based, but this is 0-based for the user).</summary>
    public int PartialImageIndex { get; set; }

    /// <summary>Base64-encoded partial image data, suitable for rendering as an image.</summary>
    [WireRequired]
    public string? PartialImageB64 { get; set; }

    /// <summary>The image size that was used.</summary>
    public string? Size { get; set; }

    /// <summary>The image quality that was used.</summary>
    public string? Quality { get; set; }

    /// <summary>The background setting that was used.</summary>
    public string? Background { get; set; }

    /// <summary>The output format that was used.</summary>
    public string? OutputFormat { get; set; }
}
