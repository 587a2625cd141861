namespace Responses;

/// <summary>A screenshot of a computer, as message content.</summary>
public sealed class ComputerScreenshotPart : ContentPart
{
    /// <summary>Initializes an empty computer screenshot part.</summary>
    public ComputerScreenshotPart()
        : base(ContentPartTypes.ComputerScreenshot)
    {
    }

    /// <summary>The URL of the screenshot image.</summary>
    [WireRequired]
    public string? ImageUrl { get; set; }

    /// <summary>The ID of an uploaded file containing the screenshot.</summary>
    [WireRequired]
    public string? FileId { get; set; }

    /// <summary>The detail level: <c>low</c>, <c>high</c>, <c>auto</c> or <c>original</c>.</summary>
    public ImageDetail? Detail { get; set; }

    /// <summary>Marks the end of a reusable prompt prefix at this part.</summary>
    public PromptCacheBreakpoint? PromptCacheBreakpoint { get; set; }
}
