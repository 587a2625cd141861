namespace Responses;

/// <summary><c>response.code_interpreter_call.interpreting</c>: Emitted when the code interpreter is actively interpreting the code snippet.</summary>
public sealed class ResponseCodeInterpreterCallInterpretingEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCodeInterpreterCallInterpretingEvent()
        : base(ResponseStreamEventTypes.CodeInterpreterCallInterpreting)
    {
    }

    /// <summary>The index of the output item in the response for which the code interpreter is interpreting code.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the code interpreter tool call item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
