namespace Responses;

/// <summary><c>response.content_part.done</c>: Emitted when a content part is done.</summary>
public sealed class ResponseContentPartDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseContentPartDoneEvent()
        : base(ResponseStreamEventTypes.ContentPartDone)
    {
    }

    /// <summary>The ID of the output item that the content part was added to.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the content part was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that is done.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The content part that is done.</summary>
    [WireRequired]
    public ContentPart? Part { get; set; }
}
