namespace Responses;

/// <summary><c>response.code_interpreter_call_code.done</c>: Emitted when the code snippet is finalized by the code interpreter.</summary>
public sealed class ResponseCodeInterpreterCallCodeDoneEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCodeInterpreterCallCodeDoneEvent()
        : base(ResponseStreamEventTypes.CodeInterpreterCallCodeDone)
    {
    }

    /// <summary>The index of the output item in the response for which the code is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the code interpreter tool call item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The final code snippet output by the code interpreter.</summary>
    [WireRequired]
    public string? Code { get; set; }
}
