namespace Responses;

/// <summary>Audio data of an input audio part.</summary>
public sealed class InputAudioData : WireObject
{
    /// <summary>Base64-encoded audio data.</summary>
    public string? Data { get; set; }

    /// <summary>The format of the audio data: <c>mp3</c> or <c>wav</c>.</summary>
    public InputAudioFormat? Format { get; set; }
}
