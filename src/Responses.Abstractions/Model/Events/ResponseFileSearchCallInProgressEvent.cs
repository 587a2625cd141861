namespace Responses;

/// <summary><c>response.file_search_call.in_progress</c>: Emitted when a file search call is initiated.</summary>
public sealed class ResponseFileSearchCallInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFileSearchCallInProgressEvent()
        : base(ResponseStreamEventTypes.FileSearchCallInProgress)
    {
    }

    /// <summary>The index of the output item that the file search call is initiated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The ID of the output item that the file search call is initiated.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
