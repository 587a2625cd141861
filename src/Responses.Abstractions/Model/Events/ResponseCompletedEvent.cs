namespace Responses;

/// <summary><c>response.completed</c>: Emitted when the model response is complete.</summary>
public sealed class ResponseCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCompletedEvent()
        : base(ResponseStreamEventTypes.Completed)
    {
    }

    /// <summary>Properties of the completed response.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
