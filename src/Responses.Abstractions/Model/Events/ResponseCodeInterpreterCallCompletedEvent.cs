namespace Responses;

/// <summary><c>response.code_interpreter_call.completed</c>: Emitted when the code interpreter call is completed.</summary>
public sealed class ResponseCodeInterpreterCallCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCodeInterpreterCallCompletedEvent()
        : base(ResponseStreamEventTypes.CodeInterpreterCallCompleted)
    {
    }

    /// <summary>The index of the output item in the response for which the code interpreter call is completed.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the code interpreter tool call item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
