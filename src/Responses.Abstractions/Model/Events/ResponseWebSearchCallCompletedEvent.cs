namespace Responses;

/// <summary><c>response.web_search_call.completed</c>: Emitted when a web search call is completed.</summary>
public sealed class ResponseWebSearchCallCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseWebSearchCallCompletedEvent()
        : base(ResponseStreamEventTypes.WebSearchCallCompleted)
    {
    }

    /// <summary>The index of the output item that the web search call is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Unique ID for the output item associated with the web search call.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
