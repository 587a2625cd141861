namespace Responses;

/// <summary><c>response.created</c>: An event that is emitted when a response is created.</summary>
public sealed class ResponseCreatedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCreatedEvent()
        : base(ResponseStreamEventTypes.Created)
    {
    }

    /// <summary>The response that was created.</summary>
    [WireRequired]
    public Response? Response { get; set; }
}
