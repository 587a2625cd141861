namespace Responses;

/// <summary>A file given to the model, by ID, URL or inline data.</summary>
public sealed class InputFilePart : ContentPart
{
    /// <summary>Initializes an empty input file part.</summary>
    public InputFilePart()
        : base(ContentPartTypes.InputFile)
    {
    }

    /// <summary>The ID of an uploaded file.</summary>
    public string? FileId { get; set; }

    /// <summary>The content of the file (base64, usually a data URL).</summary>
    public string? FileData { get; set; }

    /// <summary>The URL of the file.</summary>
    public string? FileUrl { get; set; }

    /// <summary>The name of the file.</summary>
    public string? Filename { get; set; }

    /// <summary>The detail level: <c>auto</c>, <c>low</c> or <c>high</c>.</summary>
    public FileDetail? Detail { get; set; }

    /// <summary>Marks the end of a reusable prompt prefix at this part.</summary>
    public PromptCacheBreakpoint? PromptCacheBreakpoint { get; set; }
}
