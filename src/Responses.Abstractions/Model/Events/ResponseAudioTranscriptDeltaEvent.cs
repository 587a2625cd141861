namespace Responses;

/// <summary><c>response.audio.transcript.delta</c>: Emitted when there is a partial transcript of audio.</summary>
public sealed class ResponseAudioTranscriptDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseAudioTranscriptDeltaEvent()
        : base(ResponseStreamEventTypes.AudioTranscriptDelta)
    {
    }

    /// <summary>The partial transcript of the audio response.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
