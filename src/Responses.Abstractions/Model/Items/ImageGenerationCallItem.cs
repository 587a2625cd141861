namespace Responses;

/// <summary>An image generation request made by the model.</summary>
public sealed class ImageGenerationCallItem : ResponseItem
{
    /// <summary>Initializes an empty image generation call.</summary>
    public ImageGenerationCallItem()
        : base(ResponseItemTypes.ImageGenerationCall)
    {
    }

    /// <summary>The status: <c>in_progress</c>, <c>completed</c>, <c>generating</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The generated image, base64-encoded.</summary>
    [WireRequired]
    public string? Result { get; set; }

    /// <summary>The prompt the image was generated from, as revised by the model (sent by the API, not in the specification).</summary>
    public string? RevisedPrompt { get; set; }

    /// <summary>The background of the generated image, for example <c>opaque</c> (sent by the API, not in the specification).</summary>
    public string? Background { get; set; }

    /// <summary>The output format of the generated image, for example <c>png</c> (sent by the API, not in the specification).</summary>
    public string? OutputFormat { get; set; }

    /// <summary>The quality of the generated image, for example <c>low</c> (sent by the API, not in the specification).</summary>
    public string? Quality { get; set; }

    /// <summary>The size of the generated image, for example <c>1024x1024</c> (sent by the API, not in the specification).</summary>
    public string? Size { get; set; }
}
