namespace Responses;

/// <summary><c>response.function_call_arguments.delta</c>: Emitted when there is a partial function-call arguments delta.</summary>
public sealed class ResponseFunctionCallArgumentsDeltaEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseFunctionCallArgumentsDeltaEvent()
        : base(ResponseStreamEventTypes.FunctionCallArgumentsDelta)
    {
    }

    /// <summary>The ID of the output item that the function-call arguments delta is added to.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item that the function-call arguments delta is added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The function-call arguments delta that is added.</summary>
    [WireRequired]
    public string? Delta { get; set; }

    /// <summary>An obfuscation string that was added to pad the event payload.</summary>
    public string? Obfuscation { get; set; }
}
