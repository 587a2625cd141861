namespace Responses;

/// <summary><c>response.code_interpreter_call_code.delta</c>: Emitted when a partial code snippet is streamed by the code interpreter.</summary>
public sealed class ResponseCodeInterpreterCallCodeDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseCodeInterpreterCallCodeDeltaEvent()
        : base(ResponseStreamEventTypes.CodeInterpreterCallCodeDelta)
    {
    }

    /// <summary>The index of the output item in the response for which the code is being streamed.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the code interpreter tool call item.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The partial code snippet being streamed by the code interpreter.</summary>
    [WireRequired]
    public string? Delta { get; set; }
}
