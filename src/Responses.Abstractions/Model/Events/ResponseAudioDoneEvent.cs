namespace Responses;

/// <summary><c>response.audio.done</c>: Emitted when the audio response is complete.</summary>
public sealed class ResponseAudioDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseAudioDoneEvent()
        : base(ResponseStreamEventTypes.AudioDone)
    {
    }
}
