namespace Responses;

/// <summary><c>response.audio.transcript.done</c>: Emitted when the full audio transcript is completed.</summary>
public sealed class ResponseAudioTranscriptDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseAudioTranscriptDoneEvent()
        : base(ResponseStreamEventTypes.AudioTranscriptDone)
    {
    }
}
