namespace Responses;

/// <summary><c>response.queued</c>: Emitted when a response is queued and waiting to be processed.</summary>
public sealed class ResponseQueuedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseQueuedEvent()
        : base(ResponseStreamEventTypes.Queued)
    {
    }

    /// <summary>The full response object that is queued.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
