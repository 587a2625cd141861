namespace Responses;

/// <summary><c>response.output_item.added</c>: Emitted when a new output item is added.</summary>
public sealed class ResponseOutputItemAddedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseOutputItemAddedEvent()
        : base(ResponseStreamEventTypes.OutputItemAdded)
    {
    }

    /// <summary>The index of the output item that was added.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The output item that was added. For reasoning items, <c>encrypted_content</c>.</summary>
    [WireRequired]
    public ResponseItem? Item { get; set; }
}
