namespace Responses;

/// <summary><c>response.incomplete</c>: An event that is emitted when a response finishes as incomplete.</summary>
public sealed class ResponseIncompleteEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseIncompleteEvent()
        : base(ResponseStreamEventTypes.Incomplete)
    {
    }

    /// <summary>The response that was incomplete.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
