namespace Responses;

/// <summary>Generates or edits images with a GPT image model.</summary>
public sealed class ImageGenerationTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>image_generation</c>).</summary>
    public ImageGenerationTool()
        : base(ResponseToolTypes.ImageGeneration)
    {
    }

    /// <summary>The image model, for example <c>gpt-image-1</c> (the default).</summary>
    public string? Model { get; set; }

    /// <summary>The quality: <c>low</c>, <c>medium</c>, <c>high</c> or <c>auto</c> (the default).</summary>
    public string? Quality { get; set; }

    /// <summary>The size, for example <c>1024x1024</c>, or <c>auto</c> (the default).</summary>
    public string? Size { get; set; }

    /// <summary>The output format: <c>png</c> (the default), <c>webp</c> or <c>jpeg</c>.</summary>
    public string? OutputFormat { get; set; }

    /// <summary>The compression level, 0 to 100 (default 100).</summary>
    public int? OutputCompression { get; set; }

    /// <summary>The moderation level: <c>auto</c> (the default) or <c>low</c>.</summary>
    public string? Moderation { get; set; }

    /// <summary>The background: <c>transparent</c>, <c>opaque</c> or <c>auto</c> (the default).</summary>
    public string? Background { get; set; }

    /// <summary>How closely edits follow the input images: <c>high</c> or <c>low</c>.</summary>
    public string? InputFidelity { get; set; }

    /// <summary>A mask for inpainting.</summary>
    public ImageGenerationInputImageMask? InputImageMask { get; set; }

    /// <summary>The number of partial images to stream, 0 (the default) to 3.</summary>
    public int? PartialImages { get; set; }

    /// <summary>Whether to <c>generate</c> or <c>edit</c> an image, or decide (<c>auto</c>, the default).</summary>
    public string? Action { get; set; }
}
