namespace Responses;

/// <summary><c>response.function_call_arguments.done</c>: Emitted when function-call arguments are finalized.</summary>
public sealed class ResponseFunctionCallArgumentsDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFunctionCallArgumentsDoneEvent()
        : base(ResponseStreamEventTypes.FunctionCallArgumentsDone)
    {
    }

    /// <summary>The ID of the item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The name of the function that was called.</summary>
    [WireRequired]
    public string? Name { get; set; }

    /// <summary>The index of the output item.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The function-call arguments.</summary>
    [WireRequired]
    public string? Arguments { get; set; }
}
