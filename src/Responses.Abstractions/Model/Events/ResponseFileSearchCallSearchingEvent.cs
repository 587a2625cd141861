namespace Responses;

/// <summary><c>response.file_search_call.searching</c>: Emitted when a file search is currently searching.</summary>
public sealed class ResponseFileSearchCallSearchingEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFileSearchCallSearchingEvent()
        : base(ResponseStreamEventTypes.FileSearchCallSearching)
    {
    }

    /// <summary>The index of the output item that the file search call is searching.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The ID of the output item that the file search call is initiated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
