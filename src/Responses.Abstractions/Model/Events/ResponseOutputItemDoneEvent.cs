namespace Responses;

/// <summary><c>response.output_item.done</c>: Emitted when an output item is marked done.</summary>
public sealed class ResponseOutputItemDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseOutputItemDoneEvent()
        : base(ResponseStreamEventTypes.OutputItemDone)
    {
    }

    /// <summary>The index of the output item that was marked done.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The output item that was marked done.</summary>
    [WireRequired]
    public ResponseItem? Item { get; set; }
}
