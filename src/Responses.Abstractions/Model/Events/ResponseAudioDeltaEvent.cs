namespace Responses;

/// <summary><c>response.audio.delta</c>: Emitted when there is a partial audio response.</summary>
public sealed class ResponseAudioDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseAudioDeltaEvent()
        : base(ResponseStreamEventTypes.AudioDelta)
    {
    }

    /// <summary>A chunk of Base64 encoded response audio bytes.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
