namespace Responses;

/// <summary>The preview computer use tool, for a display of a given size.</summary>
public sealed class ComputerUsePreviewTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>computer_use_preview</c>).</summary>
    public ComputerUsePreviewTool()
        : base(ResponseToolTypes.ComputerUsePreview)
    {
    }

    /// <summary>The environment to control: <c>windows</c>, <c>mac</c>, <c>linux</c>, <c>ubuntu</c> or <c>browser</c>.</summary>
    public string? Environment { get; set; }

    /// <summary>The width of the display, in pixels.</summary>
    public int? DisplayWidth { get; set; }

    /// <summary>The height of the display, in pixels.</summary>
    public int? DisplayHeight { get; set; }
}
