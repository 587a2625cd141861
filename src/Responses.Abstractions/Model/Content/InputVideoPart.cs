namespace Responses;

/// <summary>A video given to the model (Open Responses).</summary>
public sealed class InputVideoPart : ContentPart
{
    /// <summary>Initializes an empty input video part.</summary>
    public InputVideoPart()
        : base(ContentPartTypes.InputVideo)
    {
    }

    /// <summary>A base64 or remote URL that resolves to a video file.</summary>
    public string? VideoUrl { get; set; }
}
