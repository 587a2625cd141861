namespace Responses;

/// <summary>A screenshot sent as the output of a computer call.</summary>
public sealed class ComputerScreenshotImage : WireObject
{
    /// <summary>Always <c>computer_screenshot</c>.</summary>
    public string Type { get; set; } = "computer_screenshot";

    /// <summary>The URL of the screenshot image (often a data URL).</summary>
    public string? ImageUrl { get; set; }

    /// <summary>The ID of an uploaded file that contains the screenshot.</summary>
    public string? FileId { get; set; }
}
