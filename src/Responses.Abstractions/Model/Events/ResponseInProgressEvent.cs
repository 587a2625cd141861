namespace Responses;

/// <summary><c>response.in_progress</c>: Emitted when the response is in progress.</summary>
public sealed class ResponseInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseInProgressEvent()
        : base(ResponseStreamEventTypes.InProgress)
    {
    }

    /// <summary>The response that is in progress.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
