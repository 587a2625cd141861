namespace Responses;

/// <summary><c>response.file_search_call.completed</c>: Emitted when a file search call is completed (results found).</summary>
public sealed class ResponseFileSearchCallCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFileSearchCallCompletedEvent()
        : base(ResponseStreamEventTypes.FileSearchCallCompleted)
    {
    }

    /// <summary>The index of the output item that the file search call is initiated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The ID of the output item that the file search call is initiated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
