namespace Responses;

/// <summary><c>response.web_search_call.in_progress</c>: Emitted when a web search call is initiated.</summary>
public sealed class ResponseWebSearchCallInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseWebSearchCallInProgressEvent()
        : base(ResponseStreamEventTypes.WebSearchCallInProgress)
    {
    }

    /// <summary>The index of the output item that the web search call is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Unique ID for the output item associated with the web search call.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
