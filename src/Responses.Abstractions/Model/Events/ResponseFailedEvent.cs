namespace Responses;

/// <summary><c>response.failed</c>: An event that is emitted when a response fails.</summary>
public sealed class ResponseFailedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFailedEvent()
        : base(ResponseStreamEventTypes.Failed)
    {
    }

    /// <summary>The response that failed.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
