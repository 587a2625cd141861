namespace Responses.Providers.Bedrock.EventStream;

/// <summary>
/// One decoded <c>application/vnd.amazon.eventstream</c> message: the string headers the Bedrock runtime sends
/// (<c>:message-type</c>, <c>:event-type</c>, <c>:exception-type</c>, <c>:content-type</c>) and the payload.
/// </summary>
/// <param name="MessageType">The <c>:message-type</c> header: <c>event</c>, <c>exception</c> or <c>error</c>.</param>
/// <param name="EventType">The <c>:event-type</c> header of events (for example <c>contentBlockDelta</c>).</param>
/// <param name="ExceptionType">The <c>:exception-type</c> header of exceptions (for example <c>throttlingException</c>).</param>
/// <param name="ErrorCode">The <c>:error-code</c> header of <c>error</c> messages.</param>
/// <param name="ErrorMessage">The <c>:error-message</c> header of <c>error</c> messages.</param>
/// <param name="ContentType">The <c>:content-type</c> header.</param>
/// <param name="Payload">The payload bytes (usually JSON).</param>
public sealed record EventStreamMessage(
    string? MessageType,
    string? EventType,
    string? ExceptionType,
    string? ErrorCode,
    string? ErrorMessage,
    string? ContentType,
    ReadOnlyMemory<byte> Payload);
