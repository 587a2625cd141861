namespace Responses;

/// <summary>An image given to the model, by URL (or data URL) or by file ID.</summary>
public sealed class InputImagePart : ContentPart
{
    /// <summary>Initializes an empty input image part.</summary>
    public InputImagePart()
        : base(ContentPartTypes.InputImage)
    {
    }

    /// <summary>The URL of the image: a fully qualified URL or a base64 data URL.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>The ID of an uploaded file containing the image.</summary>
    public string? FileId { get; set; }

    /// <summary>The detail level: <c>low</c>, <c>high</c>, <c>auto</c> or <c>original</c>.</summary>
    public ImageDetail? Detail { get; set; }

    /// <summary>Marks the end of a reusable prompt prefix at this part.</summary>
    public PromptCacheBreakpoint? PromptCacheBreakpoint { get; set; }
}
