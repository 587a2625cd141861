namespace Responses;

/// <summary><c>response.code_interpreter_call.in_progress</c>: Emitted when a code interpreter call is in progress.</summary>
public sealed class ResponseCodeInterpreterCallInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCodeInterpreterCallInProgressEvent()
        : base(ResponseStreamEventTypes.CodeInterpreterCallInProgress)
    {
    }

    /// <summary>The index of the output item in the response for which the code interpreter call is in progress.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the code interpreter tool call item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
