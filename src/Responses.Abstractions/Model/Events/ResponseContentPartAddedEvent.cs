namespace Responses;

/// <summary><c>response.content_part.added</c>: Emitted when a new content part is added.</summary>
public sealed class ResponseContentPartAddedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseContentPartAddedEvent()
        : base(ResponseStreamEventTypes.ContentPartAdded)
    {
    }

    /// <summary>The ID of the output item that the content part was added to.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the content part was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part that was added.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The content part that was added.</summary>
    [WireRequired]
    public ContentPart? Part { get; set; }
}
