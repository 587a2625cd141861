namespace Responses;

/// <summary>Audio given to the model.</summary>
public sealed class InputAudioPart : ContentPart
{
    /// <summary>Initializes an empty input audio part.</summary>
    public InputAudioPart()
        : base(ContentPartTypes.InputAudio)
    {
    }

    /// <summary>The audio data and format.</summary>
    public InputAudioData? InputAudio { get; set; }
}
