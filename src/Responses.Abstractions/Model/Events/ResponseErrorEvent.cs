namespace Responses;

/// <summary><c>error</c>: Emitted when an error occurs.</summary>
public sealed class ResponseErrorEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseErrorEvent()
        : base(ResponseStreamEventTypes.Error)
    {
    }

    /// <summary>The error code, or <c>null</c>.</summary>
    [WireRequired]
    public string? Code { get; set; }

    /// <summary>The error message.</summary>
    [WireRequired]
    public string? Message { get; set; }

    /// <summary>The request parameter the error relates to, or <c>null</c>.</summary>
    [WireRequired]
    public string? Param { get; set; }

    /// <summary>The error payload that was emitted.</summary>
    public ResponseErrorEventDetails? Error { get; set; }
}
